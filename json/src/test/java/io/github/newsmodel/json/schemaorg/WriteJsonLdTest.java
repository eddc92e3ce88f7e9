package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.party.SourceRoles;
import io.github.newsmodel.time.NewsDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What {@link SchemaOrg#writeJsonLd(Article)} writes for each part of an article. */
class WriteJsonLdTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode write(Article article) {
    return MAPPER.readTree(SchemaOrg.defaults().writeJsonLd(article));
  }

  private static Article.Builder article() {
    return Article.builder("w-1", "Written");
  }

  private static Rendition sized(String name, int width, int height) {
    return Rendition.builder("https://ex.com/" + name + ".jpg").width(width).height(height).build();
  }

  private static Media image(Rendition... renditions) {
    return Media.builder(MediaKind.IMAGE, "img").renditions(List.of(renditions)).build();
  }

  /** The URLs of the ImageObjects written for one image. */
  private static List<String> imageUrls(Media media) {
    List<String> urls = new ArrayList<>();
    JsonNode images = write(article().addMedia(media).build()).path("image");
    for (JsonNode image : images) {
      urls.add(image.get("url").asString());
    }
    return urls;
  }

  @Test
  void writesDatesAndDateline() {
    JsonNode tree =
        write(
            article()
                .created(NewsDateTime.parse("2024-01-01T08:00:00+06:00"))
                .expires(NewsDateTime.parse("2025-01-01"))
                .dateline("ALMATY")
                .build());
    assertThat(tree.get("dateCreated").asString()).isEqualTo("2024-01-01T08:00:00+06:00");
    assertThat(tree.get("expires").asString()).isEqualTo("2025-01-01");
    assertThat(tree.get("dateline").asString()).isEqualTo("ALMATY");
  }

  @Test
  void writesNamedGenresOnly() {
    JsonNode tree =
        write(
            article()
                .addGenre(Genre.named("Opinion"))
                .addGenre(new Genre(null, "http://cv.iptc.org/newscodes/genre/Interview", null))
                .build());
    assertThat(tree.get("genre").toString()).isEqualTo("[\"Opinion\"]");
    JsonNode unnamed = write(article().addGenre(new Genre(null, null, "interview")).build());
    assertThat(unnamed.has("genre")).isFalse();
    assertThat(write(article().build()).has("genre")).isFalse();
  }

  @Test
  void authorsGoToThePropertyOfTheirRole() {
    JsonNode tree =
        write(
            article()
                .addAuthor(Party.person("Plain"))
                .addAuthor(Party.person("Cre").withRole("creator"))
                .addAuthor(Party.person("Ed").withRole("editor"))
                .addAuthor(Party.person("Photo").withRole("photographer"))
                .addAuthor(Party.organization("Desk").withRole("contributor"))
                .build());
    assertThat(names(tree.get("author"))).containsExactly("Plain", "Photo");
    assertThat(names(tree.get("creator"))).containsExactly("Cre");
    assertThat(names(tree.get("editor"))).containsExactly("Ed");
    assertThat(names(tree.get("contributor"))).containsExactly("Desk");
    assertThat(tree.get("contributor").get(0).get("@type").asString()).isEqualTo("Organization");
    assertThat(tree.get("author").get(0).has("role")).isFalse();
  }

  private static List<String> names(JsonNode parties) {
    List<String> names = new ArrayList<>();
    parties.forEach(p -> names.add(p.get("name").asString()));
    return names;
  }

  @Test
  void partiesCarrySameAsJobTitleExtensionsAndOrganizationLogos() {
    JsonNode tree =
        write(
            article()
                .addAuthor(
                    Party.builder(PartyKind.PERSON, "Jane")
                        .uri("https://www.wikidata.org/wiki/Q1")
                        .jobTitle("Editor")
                        .logoUrl("https://ex.com/jane.png")
                        .extensions(Extensions.of(Map.of("email", JsonValue.string("j@ex.com"))))
                        .build())
                .addAuthor(
                    Party.builder(PartyKind.ORGANIZATION, "Wire")
                        .logoUrl("https://ex.com/wire.png")
                        .build())
                .publisher(
                    Party.builder(PartyKind.PERSON, "Self Publisher")
                        .logoUrl("https://ex.com/self.png")
                        .build())
                .build());
    JsonNode jane = tree.get("author").get(0);
    assertThat(jane.get("sameAs").asString()).isEqualTo("https://www.wikidata.org/wiki/Q1");
    assertThat(jane.get("jobTitle").asString()).isEqualTo("Editor");
    assertThat(jane.get("email").asString()).isEqualTo("j@ex.com");
    assertThat(jane.has("logo")).isFalse();
    assertThat(tree.get("author").get(1).get("logo").get("url").asString())
        .isEqualTo("https://ex.com/wire.png");
    assertThat(tree.get("publisher").get("logo").get("contentUrl").asString())
        .isEqualTo("https://ex.com/self.png");
  }

  @Test
  void sourcesBecomeIsBasedOnAndSourceOrganization() {
    JsonNode tree =
        write(
            article()
                .addSource(
                    Source.builder("Wire")
                        .addRole(SourceRoles.RELAYED_FROM)
                        .url("https://wire.example/story")
                        .uri("https://www.wikidata.org/wiki/Q2")
                        .build())
                .addSource(
                    Source.builder("Ministry")
                        .addRole(SourceRoles.ORIGINATOR)
                        .url("https://gov.example")
                        .uri("https://www.wikidata.org/wiki/Q3")
                        .build())
                .addSource(
                    Source.builder("Both")
                        .addRole(SourceRoles.RELAYED_FROM)
                        .addRole(SourceRoles.ORIGINATOR)
                        .build())
                .build());
    assertThat(tree.get("isBasedOn").toString())
        .isEqualTo(
            "[{\"@type\":\"CreativeWork\",\"url\":\"https://wire.example/story\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Wire\","
                + "\"sameAs\":\"https://www.wikidata.org/wiki/Q2\"}},"
                + "{\"@type\":\"CreativeWork\",\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Both\"}}]");
    assertThat(tree.get("sourceOrganization").toString())
        .isEqualTo(
            "[{\"@type\":\"Organization\",\"name\":\"Ministry\",\"url\":\"https://gov.example\","
                + "\"sameAs\":\"https://www.wikidata.org/wiki/Q3\"},"
                + "{\"@type\":\"Organization\",\"name\":\"Both\"}]");
  }

  @Test
  void entitiesCarryTheirExtensions() {
    JsonNode tree =
        write(
            article()
                .addEntity(
                    Entity.builder(EntityKind.PLACE, "Astana")
                        .rel("mentions")
                        .extensions(
                            Extensions.of(Map.of("alternateName", JsonValue.string("Nur-Sultan"))))
                        .build())
                .build());
    assertThat(tree.get("mentions").toString())
        .isEqualTo("[{\"@type\":\"Place\",\"name\":\"Astana\",\"alternateName\":\"Nur-Sultan\"}]");
  }

  @Test
  void imageObjectsCarryTheMediaFieldsAndExtensionsOnlyOnTheFirst() {
    Media media =
        Media.builder(MediaKind.IMAGE, "photo")
            .title("Title")
            .caption("Caption")
            .altText("Alt")
            .creditLine("Credit")
            .copyrightNotice("© Ex")
            .licenseUrl("https://ex.com/license")
            .extensions(Extensions.of(Map.of("representativeOfPage", JsonValue.bool(true))))
            .addRendition(
                Rendition.builder("https://ex.com/big.jpg")
                    .width(1600)
                    .height(900)
                    .mediaType("image/jpeg")
                    .build())
            .addRendition(sized("square", 900, 900))
            .build();
    JsonNode images = write(article().addMedia(media).build()).get("image");
    assertThat(images.get(0).toString())
        .isEqualTo(
            "{\"@type\":\"ImageObject\",\"identifier\":\"photo\","
                + "\"contentUrl\":\"https://ex.com/big.jpg\",\"url\":\"https://ex.com/big.jpg\","
                + "\"width\":1600,\"height\":900,\"encodingFormat\":\"image/jpeg\","
                + "\"name\":\"Title\",\"caption\":\"Caption\",\"description\":\"Alt\","
                + "\"creditText\":\"Credit\",\"copyrightNotice\":\"© Ex\","
                + "\"license\":\"https://ex.com/license\",\"representativeOfPage\":true}");
    assertThat(images.get(1).has("representativeOfPage")).isFalse();
    assertThat(images.get(1).get("url").asString()).isEqualTo("https://ex.com/square.jpg");
  }

  @Test
  void largestRenditionFirstThenTheRecommendedCrops() {
    assertThat(
            imageUrls(
                image(
                    sized("wide", 3000, 1000),
                    sized("near16x9", 1792, 1000),
                    sized("odd", 1000, 900),
                    sized("square", 500, 500))))
        .containsExactly(
            "https://ex.com/wide.jpg", "https://ex.com/near16x9.jpg", "https://ex.com/square.jpg");
  }

  @Test
  void cropsNamedByPurposeCount() {
    Rendition byPurpose = Rendition.builder("https://ex.com/four-three.jpg").purpose("4:3").build();
    assertThat(imageUrls(image(sized("wide", 1600, 900), byPurpose)))
        .containsExactly("https://ex.com/wide.jpg", "https://ex.com/four-three.jpg");
  }

  @Test
  void renditionsThatAreNoCropAreLeftOut() {
    Rendition square = Rendition.builder("https://ex.com/p.jpg").purpose("square").build();
    Rendition other = Rendition.builder("https://ex.com/q.jpg").width(300).height(200).build();
    Rendition unknown = Rendition.of("https://ex.com/unknown.jpg");
    assertThat(imageUrls(image(sized("wide", 1600, 900), square, other, unknown)))
        .containsExactly("https://ex.com/wide.jpg");
  }

  @Test
  void equalSizesKeepTheFirstRendition() {
    assertThat(imageUrls(image(sized("a", 1600, 900), sized("b", 1600, 900))))
        .containsExactly("https://ex.com/a.jpg");
  }

  @Test
  void thumbnailsAreWrittenOnlyAsCropsOrWhenAlone() {
    Rendition bigThumbnail =
        Rendition.builder("https://ex.com/thumb.jpg")
            .width(2000)
            .height(2000)
            .purpose("thumbnail")
            .build();
    assertThat(imageUrls(image(sized("wide", 1600, 900), bigThumbnail)))
        .containsExactly("https://ex.com/wide.jpg", "https://ex.com/thumb.jpg");
    Rendition onlyThumbnail =
        Rendition.builder("https://ex.com/t.jpg").purpose("thumbnail").build();
    assertThat(imageUrls(image(onlyThumbnail))).containsExactly("https://ex.com/t.jpg");
  }

  @Test
  void videoObjectFromTheLargestContentTheFirstEmbedAndImageThumbnails() {
    Media video =
        Media.builder(MediaKind.VIDEO, "clip")
            .caption("What happened")
            .extensions(Extensions.of(Map.of("isFamilyFriendly", JsonValue.bool(true))))
            .addRendition(
                Rendition.builder("https://ex.com/small.mp4").width(640).height(360).build())
            .addRendition(
                Rendition.builder("https://ex.com/large.mp4")
                    .width(1920)
                    .height(1080)
                    .mediaType("video/mp4")
                    .build())
            .addRendition(
                Rendition.builder("https://ex.com/same-size.mp4").width(1920).height(1080).build())
            .addRendition(
                Rendition.builder("https://ex.com/poster.jpg").mediaType("image/jpeg").build())
            .addRendition(Rendition.builder("https://ex.com/embed/1").purpose("embed").build())
            .addRendition(Rendition.builder("https://ex.com/embed/2").purpose("embed").build())
            .build();
    JsonNode node = write(article().addMedia(video).build()).get("video").get(0);
    assertThat(node.toString())
        .isEqualTo(
            "{\"@type\":\"VideoObject\",\"identifier\":\"clip\",\"name\":\"What happened\","
                + "\"description\":\"What happened\",\"thumbnailUrl\":[\"https://ex.com/poster.jpg\"],"
                + "\"contentUrl\":\"https://ex.com/large.mp4\",\"width\":1920,\"height\":1080,"
                + "\"encodingFormat\":\"video/mp4\",\"embedUrl\":\"https://ex.com/embed/1\","
                + "\"isFamilyFriendly\":true}");
  }

  @Test
  void videoWithOnlyAnEmbedOrOnlyThumbnails() {
    Media embedOnly =
        Media.builder(MediaKind.VIDEO, "e")
            .addRendition(Rendition.builder("https://ex.com/embed/1").purpose("embed").build())
            .build();
    JsonNode node = write(article().addMedia(embedOnly).build()).get("video").get(0);
    assertThat(node.get("embedUrl").asString()).isEqualTo("https://ex.com/embed/1");
    assertThat(node.get("name").asString()).isEqualTo("Written");
    assertThat(node.has("contentUrl")).isFalse();

    Media thumbnailsOnly =
        Media.builder(MediaKind.VIDEO, "t")
            .addRendition(Rendition.builder("https://ex.com/t.jpg").purpose("thumbnail").build())
            .build();
    assertThat(write(article().addMedia(thumbnailsOnly).build()).has("video")).isFalse();
  }

  @Test
  void extensionValuesAreWrittenAsReadAndReadBackEqual() {
    String jsonLd =
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"H\","
            + " \"rating\": 4.50, \"big\": 1e3, \"Big\": 2E+3, \"wordCount\": 672,"
            + " \"speakable\": {\"cssSelector\": [\".lead\", {\"x\": null}], \"free\": false}}";
    Article article = SchemaOrg.defaults().read(jsonLd).value().orElseThrow();
    assertThat(article.extensions().get("speakable").orElseThrow())
        .isEqualTo(
            JsonValue.object(
                Map.of(
                    "cssSelector",
                    JsonValue.array(
                        List.of(
                            JsonValue.string(".lead"),
                            JsonValue.object(Map.of("x", JsonValue.NULL)))),
                    "free",
                    JsonValue.bool(false))));
    String written = SchemaOrg.defaults().writeJsonLd(article);
    assertThat(written)
        .contains(
            "\"rating\":4.50",
            "\"big\":1E+3",
            "\"Big\":2E+3",
            "\"wordCount\":672",
            "\"speakable\":{\"cssSelector\":[\".lead\",{\"x\":null}],\"free\":false}");
    assertThat(SchemaOrg.defaults().read(written).value().orElseThrow().extensions())
        .isEqualTo(article.extensions());
  }

  @Test
  void numbersWithAnExponentAreNotExpanded() {
    Article article =
        article()
            .extensions(
                Extensions.of(
                    Map.of("huge", JsonValue.number("1e400"), "large", JsonValue.number("2E+300"))))
            .build();
    String written = SchemaOrg.defaults().writeJsonLd(article);
    assertThat(written).contains("\"huge\":1E+400", "\"large\":2E+300");
    assertThat(written.length()).isLessThan(200);
  }
}
