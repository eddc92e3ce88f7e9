package io.github.newsmodel.json.ninjs;

import static io.github.newsmodel.json.ninjs.StreamComparison.COMPACT;
import static io.github.newsmodel.json.ninjs.StreamComparison.writesAsTheTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.SampleArticles;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import io.github.newsmodel.media.FocalPoint;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which articles the streaming ninjs writer writes itself — it must not leave them to the tree path
 * — and which it must leave, each time with the text and dropped list of the tree path.
 */
class NinjsStreamWriterTest {

  private static final Article BASE = Article.builder("urn:a", "Headline").build();

  private static void streams(Article article, String what) {
    assertThat(COMPACT.streaming().fallbackReason(article)).as(what).isNull();
    assertThat(writesAsTheTree(article, what)).as(what).isTrue();
  }

  private static void fallsBack(Article article, String reason) {
    assertThat(COMPACT.streaming().fallbackReason(article)).as(reason).contains(reason);
    assertThat(writesAsTheTree(article, reason)).as(reason).isFalse();
  }

  private static Extensions kept(String name, String json) {
    return Extensions.empty().with(name, RandomNinjsExtensions.value(json));
  }

  @Test
  void streamsArticlesBuiltInCode() {
    streams(Samples.russian(), "the Russian sample");
    streams(Samples.rich(), "every field ninjs has a place for");
    streams(SampleArticles.russianSeed(), "the seed article");
    streams(SampleArticles.english(), "the English article");
    streams(Article.builder("", "").build(), "an empty article");
  }

  @Test
  void streamsArticlesReadFromTheNativeFormatAndSchemaOrg() {
    Article seed = SampleArticles.russianSeed();
    streams(NewsJson.defaults().readArticle(NewsJson.defaults().write(seed)), "native");
    Article fromJsonLd =
        SchemaOrg.defaults().read(SchemaOrg.defaults().writeJsonLd(seed)).value().orElseThrow();
    streams(fromJsonLd, "schema.org");
  }

  @Test
  void streamsArticlesReadFromNinjs() {
    for (String path :
        List.of(
            "examples/3.0/ap_video.json",
            "examples/3.0/dpa_text.json",
            "examples/2.1/tt_text_image_2.json",
            "examples/3.0/simpleEvent.json")) {
      Conformance.Case file =
          Conformance.cases().stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
      Article article = Ninjs.defaults().read(Conformance.bytes(file)).orElseThrow();
      streams(article, path);
      streams(article.toBuilder().headline("Changed").summary("New").build(), path + ", edited");
    }
  }

  @Test
  void streamsEveryValueTheSchemaAcceptsAtItsBounds() {
    for (PublicationStatus status : PublicationStatus.values()) {
      streams(BASE.toBuilder().status(status).build(), status.code());
    }
    for (String type :
        List.of(
            "text",
            "audio",
            "video",
            "picture",
            "graphic",
            "composite",
            "component",
            "event",
            "planning")) {
      streams(BASE.toBuilder().type(type).build(), "type " + type);
    }
    streams(BASE.toBuilder().urgency(1).build(), "urgency 1");
    streams(BASE.toBuilder().urgency(9).build(), "urgency 9");
    streams(
        BASE.toBuilder()
            .addEntity(Entity.builder(EntityKind.SUBJECT, "s").relevance(0).confidence(100).build())
            .addEntity(Entity.builder(EntityKind.SUBJECT, "t").relevance(100).confidence(0).build())
            .build(),
        "relevance and confidence at their bounds");
  }

  @Test
  void streamsEveryKindOfMediaAndRendition() {
    Article.Builder article = BASE.toBuilder();
    for (MediaKind kind : MediaKind.values()) {
      article.addMedia(
          Media.builder(kind, kind.name())
              .addRendition(Rendition.of("https://e.kz/" + kind.name().toLowerCase()))
              .build());
    }
    article.addMedia(
        Media.builder(MediaKind.VIDEO, "v")
            .uri("https://e.kz/v")
            .renditions(
                List.of(
                    Rendition.builder("")
                        .duration(Duration.ofSeconds(90))
                        .frameRate(25.0)
                        .sizeBytes(5_000_000_000L)
                        .build(),
                    Rendition.builder("https://e.kz/v.mp4")
                        .purpose("preview")
                        .duration(Duration.ofNanos(1))
                        .frameRate(29.97)
                        .bitrate(800L)
                        .build()))
            .build());
    article.addRelated(RelatedArticle.builder("https://e.kz/r").build());
    article.addRelated(RelatedArticle.builder("https://e.kz/s").id("s").headline("S").build());
    streams(article.build(), "every media kind");
  }

  @Test
  void streamsEveryValueNinjsHasNoPlaceForAndReportsItAsTheTreePathDoes() {
    Party author =
        Party.builder(PartyKind.PERSON, "A")
            .role("writer")
            .url("https://a.kz")
            .jobTitle("Editor")
            .logoUrl("https://a.kz/logo.png")
            .build();
    Article article =
        BASE.toBuilder()
            .addAuthor(Party.organization("Desk"))
            .addAuthor(author)
            .publisher(author.toBuilder().kind(PartyKind.ORGANIZATION).build())
            .addEntity(Entity.builder(EntityKind.PLACE, "Astana").language("kk").build())
            .addSource(
                Source.builder("S")
                    .roles(List.of("a", "b", "c"))
                    .url("https://s.kz")
                    .uri("urn:source:s")
                    .build())
            .addFollowLink(FollowLink.of("telegram", "https://t.me/x").withLabel("L", "ru"))
            .addMedia(
                Media.builder(MediaKind.IMAGE, "m")
                    .creator(Party.person("P"))
                    .focalPoint(FocalPoint.of(0.5, 0.5))
                    .addRendition(
                        Rendition.builder("https://e.kz/m.jpg")
                            .name("big")
                            .purpose("original")
                            .build())
                    .build())
            .extensions(
                Extensions.of(
                    Map.of(
                        "x-a/b~c", JsonValue.bool(true),
                        "ninjs-other", JsonValue.bool(true),
                        "ninjs:", JsonValue.bool(true))))
            .build();
    streams(article, "every dropped value");
    assertThat(COMPACT.write(article, NinjsVersion.V3_1).json())
        .contains("\"infoSources\":[{\"name\":\"S\",\"role\":\"a\",\"uri\":\"urn:source:s\"}]");
    assertThat(COMPACT.write(article, NinjsVersion.V3_1).dropped())
        .extracting(JsonProblem::pointer)
        .containsExactly(
            "/authors/1/role",
            "/authors/1/url",
            "/authors/1/jobTitle",
            "/authors/1/logoUrl",
            "/publisher/role",
            "/publisher/url",
            "/publisher/jobTitle",
            "/publisher/logoUrl",
            "/entities/0/language",
            "/sources/0/roles/1",
            "/sources/0/roles/2",
            "/sources/0/url",
            "/followLinks/0/label",
            "/followLinks/0/language",
            "/media/0/renditions/0/purpose",
            "/media/0/creator",
            "/media/0/focalPoint",
            "/extensions/x-a~1b~0c");
  }

  @Test
  void streamsKeptNinjsPropertiesAtEveryLevel() {
    Article article =
        BASE.toBuilder()
            .extensions(kept("ninjs:title", "\"T\"").with("ninjs:profile", JsonValue.string("p")))
            .addAuthor(
                Party.builder(PartyKind.PERSON, "A")
                    .extensions(kept("ninjs:contactInfo", "[{\"value\":\"a@b.kz\"}]"))
                    .build())
            .addEntity(
                Entity.builder(EntityKind.EVENT, "E")
                    .extensions(kept("ninjs:id", "\"e1\""))
                    .build())
            .addSource(Source.builder("S").extensions(kept("ninjs:literal", "\"s\"")).build())
            .rights(
                Rights.builder()
                    .rightsUrl("https://r.kz")
                    .extensions(kept("ninjs:langId", "\"en\""))
                    .build())
            .addMedia(
                Media.builder(MediaKind.IMAGE, "m")
                    .addRendition(
                        Rendition.builder("https://e.kz/m.jpg")
                            .extensions(kept("ninjs:format", "\"jpeg\""))
                            .build())
                    .build())
            .build();
    streams(article, "kept properties");
    assertThat(COMPACT.write(article, NinjsVersion.V3_1).json())
        .startsWith("{\"title\":\"T\",\"profile\":\"p\",\"uri\":\"urn:a\"")
        .contains("\"rightsInfo\":{\"langId\":\"en\",\"linkedRights\":\"https://r.kz\"}")
        .contains("{\"contactInfo\":[{\"value\":\"a@b.kz\"}],\"name\":\"A\"")
        .contains("{\"format\":\"jpeg\",\"name\":\"r0\"");
  }

  @Test
  void streamsListTemplatesAndKeptOriginalsOfTheTextLists() {
    JsonValue template =
        RandomNinjsExtensions.value(
            "[{\"role\":\"other\",\"value\":\"kept\"},{\"role\":\"x\",\"value\":{\"$slot\":\"headline\"}}]");
    Article templated =
        BASE.toBuilder()
            .extensions(Extensions.empty().with("ninjs-list:headlines", template))
            .build();
    streams(templated, "a headline template");
    assertThat(COMPACT.write(templated, NinjsVersion.V3_1).json())
        .contains(
            "\"headlines\":[{\"role\":\"other\",\"value\":\"kept\"},{\"role\":\"x\",\"value\":\"Headline\"}]");
    String generated = "[{\"role\":\"main\",\"value\":\"Headline\"}]";
    Article inPlace =
        BASE.toBuilder()
            .extensions(
                kept(
                    Overrides.KEY,
                    "{\"headlines\":{\"generated\":"
                        + generated
                        + ",\"original\":[{\"value\":\"Headline\"}]}}"))
            .build();
    streams(inPlace, "an original in place");
    assertThat(COMPACT.write(inPlace, NinjsVersion.V3_1).json())
        .isEqualTo("{\"uri\":\"urn:a\",\"headlines\":[{\"value\":\"Headline\"}]}");
    Article removed =
        BASE.toBuilder()
            .extensions(kept(Overrides.KEY, "{\"headlines\":{\"generated\":" + generated + "}}"))
            .build();
    streams(removed, "an original that removes");
    assertThat(COMPACT.write(removed, NinjsVersion.V3_1).json()).isEqualTo("{\"uri\":\"urn:a\"}");
    Article appended =
        BASE.toBuilder()
            .body(List.of())
            .extensions(
                kept(
                    Overrides.KEY,
                    "{\"bodies\":{\"original\":[{\"value\":\"b\"}]},\"title\":{\"original\":\"t\"}}"))
            .build();
    streams(appended, "originals appended");
    assertThat(COMPACT.write(appended, NinjsVersion.V3_1).json())
        .endsWith("\"bodies\":[{\"value\":\"b\"}],\"title\":\"t\"}");
  }

  @Test
  void streamsADeclarationOf2xAdjustedTo31() {
    String v22 =
        "{\"uri\":\"u\",\"standard\":{\"name\":\"ninjs\",\"version\":\"2.2\","
            + "\"schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json\"},"
            + "\"headlines\":[{\"role\":\"main\",\"value\":\"h\"}]}";
    Article article = Ninjs.defaults().read(v22).orElseThrow();
    streams(article, "a 2.2 declaration");
    assertThat(COMPACT.write(article, NinjsVersion.V3_1).json())
        .contains("\"version\":\"3.1\"")
        .contains(NinjsVersion.V3_1.schemaUrl());
  }

  @Test
  void streamsMediaAndRelatedArticlesCarryingNinjsExtensionsAsMediaMappingBuildsThem() {
    Article article =
        BASE.toBuilder()
            .addMedia(
                Media.builder(MediaKind.DOCUMENT, "d")
                    .uri("https://e.kz/d")
                    .extensions(kept("ninjs:type", "\"composite\""))
                    .build())
            .addRelated(
                RelatedArticle.builder("https://e.kz/r")
                    .extensions(kept("ninjs:name", "\"kept name\""))
                    .build())
            .build();
    streams(article, "media and related with extensions");
    assertThat(COMPACT.write(article, NinjsVersion.V3_1).json())
        .contains("{\"type\":\"composite\",\"name\":\"d\"")
        .contains("{\"name\":\"kept name\",\"uri\":\"https://e.kz/r\"");
  }

  @Test
  void leaves22ToTheTreePath() {
    assertThat(COMPACT.streaming().write(Samples.russian(), NinjsVersion.V2_2)).isNull();
    assertThat(COMPACT.streaming().write(Samples.russian(), NinjsVersion.V3_1)).isNotNull();
  }

  @Test
  void fallsBackOnModelValuesTheSchemaRejects() {
    fallsBack(BASE.toBuilder().type("article").build(), "type rejects 'article'");
    fallsBack(BASE.toBuilder().urgency(0).build(), "urgency rejects 0");
    fallsBack(BASE.toBuilder().urgency(10).build(), "urgency rejects 10");
    fallsBack(
        BASE.toBuilder()
            .addEntity(Entity.builder(EntityKind.SUBJECT, "s").relevance(101).build())
            .build(),
        "relevance rejects 101");
    fallsBack(
        BASE.toBuilder()
            .addEntity(Entity.builder(EntityKind.SUBJECT, "s").confidence(-1).build())
            .build(),
        "confidence rejects -1");
    fallsBack(
        BASE.toBuilder()
            .addEntity(Entity.builder(EntityKind.PERSON, "p").creator("machine").build())
            .build(),
        "creator is not a property here");
    fallsBack(
        BASE.toBuilder()
            .addEntity(Entity.builder(EntityKind.OBJECT, "o").relevance(5).build())
            .build(),
        "relevance is not a property here");
    fallsBack(
        BASE.toBuilder().addMedia(Media.builder(MediaKind.IMAGE, "m").build()).build(),
        "media m has no uri");
    fallsBack(
        BASE.toBuilder()
            .addMedia(Media.builder(MediaKind.IMAGE, "m").addRendition(Rendition.of("")).build())
            .build(),
        "media m has no uri");
    for (double rate : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      fallsBack(
          BASE.toBuilder()
              .addMedia(
                  Media.builder(MediaKind.VIDEO, "v")
                      .addRendition(Rendition.builder("https://e.kz/v").frameRate(rate).build())
                      .build())
              .build(),
          "frameRate rejects");
    }
  }

  @Test
  void fallsBackOnKeptPropertiesTheTreePathWouldReplaceOrDrop() {
    fallsBack(
        BASE.toBuilder().type("text").extensions(kept("ninjs:type", "\"video\"")).build(),
        "kept property type is also a model member");
    fallsBack(
        BASE.toBuilder().extensions(kept("ninjs:pubStatus", "\"usable\"")).build(),
        "kept property pubStatus is also a model member");
    fallsBack(
        BASE.toBuilder()
            .addAuthor(
                Party.builder(PartyKind.PERSON, "A").extensions(kept("ninjs:uri", "\"u\"")).build())
            .build(),
        "kept property uri is also a model member");
    fallsBack(
        BASE.toBuilder()
            .addEntity(
                Entity.builder(EntityKind.PLACE, "P")
                    .extensions(kept("ninjs:literal", "\"l\""))
                    .build())
            .build(),
        "kept property literal is also a model member");
    fallsBack(
        BASE.toBuilder()
            .addSource(Source.builder("S").extensions(kept("ninjs:role", "\"r\"")).build())
            .build(),
        "kept property role is also a model member");
    fallsBack(
        BASE.toBuilder()
            .addMedia(
                Media.builder(MediaKind.IMAGE, "m")
                    .addRendition(
                        Rendition.builder("https://e.kz/m")
                            .extensions(kept("ninjs:href", "\"h\""))
                            .build())
                    .build())
            .build(),
        "kept property href is also a model member");
    fallsBack(
        BASE.toBuilder().extensions(kept("ninjs:foofoo", "1")).build(),
        "foofoo is not a property here");
    fallsBack(
        BASE.toBuilder().extensions(kept("ninjs:representationType", "\"bogus\"")).build(),
        "'bogus' is not one of [full, partial]");
    fallsBack(
        BASE.toBuilder()
            .addAuthor(
                Party.builder(PartyKind.PERSON, "A")
                    .extensions(kept("ninjs:geoJSON", "{}"))
                    .build())
            .build(),
        "geoJSON is not a property here");
    fallsBack(
        BASE.toBuilder()
            .rights(
                Rights.builder()
                    .rightsUrl("https://r.kz")
                    .extensions(kept("ninjs:encodedRights", "\"odrl\""))
                    .build())
            .build(),
        "matches 2 alternatives");
    fallsBack(
        BASE.toBuilder()
            .addMedia(
                Media.builder(MediaKind.DOCUMENT, "d")
                    .uri("https://e.kz/d")
                    .extensions(kept("ninjs:type", "\"bogus\""))
                    .build())
            .build(),
        "'bogus' is not one of");
    fallsBack(
        BASE.toBuilder()
            .addRelated(
                RelatedArticle.builder("https://e.kz/r")
                    .extensions(kept("ninjs:foofoo", "1"))
                    .build())
            .build(),
        "property 'foofoo' is not allowed here");
  }

  @Test
  void fallsBackOnAnOriginalKeptForAMemberOtherThanTheTextLists() {
    fallsBack(
        BASE.toBuilder()
            .extensions(kept(Overrides.KEY, "{\"edNote\":{\"original\":\"n\"}}"))
            .build(),
        "original kept for edNote");
    fallsBack(
        BASE.toBuilder()
            .extensions(kept(Overrides.KEY, "{\"uri\":{\"generated\":\"urn:a\"}}"))
            .build(),
        "original kept for uri");
  }

  @Test
  void fallsBackWhenTheGeneratorRefusesAValueAndFailsAsTheTreePathDoes() {
    JsonValue deep = JsonValue.number(1);
    for (int i = 0; i < 1100; i++) {
      deep = JsonValue.object(Map.of("a", deep));
    }
    JsonValue feature =
        JsonValue.object(
            Map.of(
                "type",
                JsonValue.string("Feature"),
                "geometry",
                JsonValue.NULL,
                "properties",
                deep));
    Article article =
        BASE.toBuilder()
            .addEntity(
                Entity.builder(EntityKind.PLACE, "P")
                    .extensions(Extensions.empty().with("ninjs:geoJSON", feature))
                    .build())
            .build();
    assertThat(COMPACT.streaming().fallbackReason(article)).contains("depth");
    assertThat(COMPACT.streaming().write(article, NinjsVersion.V3_1)).isNull();
    assertThatThrownBy(() -> COMPACT.writeTree(article, NinjsVersion.V3_1))
        .isInstanceOf(IllegalStateException.class);
    assertThat(writesAsTheTree(article, "too deep")).isFalse();
  }

  @Test
  void strictModeRefusesWhatEitherPathWouldDrop() {
    Ninjs strict = Ninjs.builder().mode(ReadMode.STRICT).build();
    assertThatThrownBy(() -> strict.write(Samples.withExtras(), NinjsVersion.V3_1))
        .isInstanceOf(NinjsException.class)
        .hasMessageContaining("/followLinks/0/label");
    assertThatThrownBy(
            () -> strict.write(BASE.toBuilder().type("article").build(), NinjsVersion.V3_1))
        .isInstanceOf(NinjsException.class)
        .hasMessageContaining("/type");
    assertThat(strict.write(Samples.russian(), NinjsVersion.V3_1).dropped()).isEmpty();
  }

  @Test
  void helpersTellNinjsExtensionsApart() {
    assertThat(StreamArticle.carriesNinjs(Extensions.empty())).isFalse();
    assertThat(StreamArticle.carriesNinjs(kept("x-ninjs", "1"))).isFalse();
    assertThat(StreamArticle.carriesNinjs(kept("ninjs:a", "1"))).isTrue();
    assertThat(StreamArticle.carriesNinjs(kept("ninjs-original", "{}"))).isTrue();
    assertThat(StreamRootExtensions.of(BASE)).isNull();
    assertThat(StreamRootExtensions.of(BASE.toBuilder().extensions(kept("x", "1")).build()))
        .isNull();
    StreamRootExtensions title =
        StreamRootExtensions.of(BASE.toBuilder().extensions(kept("ninjs:title", "1")).build());
    assertThat(title).isNotNull();
    assertThat(title.shapes("headlines")).isFalse();
    StreamRootExtensions shaped =
        StreamRootExtensions.of(
            BASE.toBuilder()
                .extensions(
                    kept("ninjs-list:headlines", "[]")
                        .with(Overrides.KEY, RandomNinjsExtensions.value("{\"bodies\":{}}")))
                .build());
    assertThat(shaped).isNotNull();
    assertThat(shaped.shapes("headlines")).isTrue();
    assertThat(shaped.shapes("bodies")).isTrue();
    assertThat(shaped.shapes("descriptions")).isFalse();
  }
}
