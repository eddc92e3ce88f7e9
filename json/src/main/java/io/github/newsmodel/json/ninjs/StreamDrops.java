package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ninjs.dropped} warnings for model values ninjs has no place for, in the order the tree
 * path reports them while building the document: authors, publisher and entities ({@link
 * EntityMapping}), sources, follow links ({@link LinkMapping}), media and their renditions ({@link
 * MediaMapping}, {@link RenditionMapping}), then the article's extensions that are not ninjs ones.
 * The streaming writer writes the lists in another order than the tree path fills them, so it
 * collects these in a pass of their own; a pointer is built only for a value that is dropped.
 */
final class StreamDrops {

  private StreamDrops() {}

  static void collect(Article article, List<JsonProblem> dropped) {
    for (int i = 0; i < article.authors().size(); i++) {
      party(article.authors().get(i), "/authors/", i, dropped);
    }
    Party publisher = article.publisher();
    if (publisher != null) {
      party(publisher, "/publisher", -1, dropped);
    }
    for (int i = 0; i < article.entities().size(); i++) {
      drop(
          article.entities().get(i).language(),
          "/entities/",
          i,
          "/language",
          "an entity language",
          dropped);
    }
    for (int i = 0; i < article.sources().size(); i++) {
      Source source = article.sources().get(i);
      for (int r = 1; r < source.roles().size(); r++) {
        Drops.add("/sources/" + i + "/roles/" + r, "a second source role", dropped);
      }
      drop(source.url(), "/sources/", i, "/url", "a source web address", dropped);
    }
    for (int i = 0; i < article.followLinks().size(); i++) {
      FollowLink follow = article.followLinks().get(i);
      drop(follow.label(), "/followLinks/", i, "/label", "a follow link label", dropped);
      drop(follow.language(), "/followLinks/", i, "/language", "a follow link language", dropped);
    }
    for (int i = 0; i < article.media().size(); i++) {
      media(article.media().get(i), i, dropped);
    }
    for (String name : article.extensions().names()) {
      if (!name.startsWith(Members.PREFIX) && !name.startsWith("ninjs-")) {
        Drops.add(JsonPointers.append("/extensions", name), "extension '" + name + "'", dropped);
      }
    }
  }

  private static void party(Party party, String at, int index, List<JsonProblem> dropped) {
    drop(party.role(), at, index, "/role", "a party role", dropped);
    drop(party.url(), at, index, "/url", "a party web address", dropped);
    drop(party.jobTitle(), at, index, "/jobTitle", "a job title", dropped);
    drop(party.logoUrl(), at, index, "/logoUrl", "a logo", dropped);
  }

  private static void media(Media media, int index, List<JsonProblem> dropped) {
    List<Rendition> renditions = media.renditions();
    for (int i = 0; i < renditions.size(); i++) {
      Rendition r = renditions.get(i);
      String purpose = r.purpose();
      if (purpose != null && r.name() != null && !purpose.equals(r.name())) {
        Drops.add(
            "/media/" + index + "/renditions/" + i + "/purpose", "a rendition purpose", dropped);
      }
    }
    drop(media.creator(), "/media/", index, "/creator", "a media creator", dropped);
    drop(media.focalPoint(), "/media/", index, "/focalPoint", "a focal point", dropped);
  }

  /**
   * Reports {@code value}, described as {@code what}, when it is present; its pointer is {@code
   * list + index + member}, without the index when it is negative.
   */
  private static void drop(
      @Nullable Object value,
      String list,
      int index,
      String member,
      String what,
      List<JsonProblem> dropped) {
    if (value != null) {
      Drops.add(index < 0 ? list + member : list + index + member, what, dropped);
    }
  }
}
