package io.github.newsmodel.json.jackson;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.time.NewsDateTime;
import tools.jackson.databind.module.SimpleModule;

/**
 * Teaches Jackson 3 the native newsmodel format for {@link Article}, {@link Media}, {@link
 * Rendition}, {@link ShareLink}, {@link FollowLink}, {@link Party}, {@link Source}, {@link Entity},
 * {@link Block}, {@link Inline}, {@link NewsDateTime} and {@link JsonValue}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();   // or .addModule(new NewsModelModule())
 * Article article = mapper.readValue(json, Article.class);
 * }</pre>
 */
public final class NewsModelModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with serializers and deserializers for every model type. */
  public NewsModelModule() {
    super("newsmodel-json", PackageVersion.VERSION);
    both(Article.class);
    both(Media.class);
    both(Rendition.class);
    both(ShareLink.class);
    both(FollowLink.class);
    both(Party.class);
    both(Source.class);
    both(Entity.class);
    both(Block.class);
    both(Inline.class);
    addSerializer(NewsDateTime.class, new NewsDateTimeSerializer());
    addDeserializer(NewsDateTime.class, new NewsDateTimeDeserializer());
    addSerializer(JsonValue.class, new ModelSerializer<>(JsonValue.class));
    addDeserializer(JsonValue.class, new JsonValueDeserializer());
  }

  private <T> void both(Class<T> type) {
    addSerializer(type, new ModelSerializer<>(type));
    addDeserializer(type, new ModelDeserializer<>(type));
  }
}
