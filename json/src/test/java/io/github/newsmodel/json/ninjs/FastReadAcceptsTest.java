package io.github.newsmodel.json.ninjs;

import static io.github.newsmodel.json.ninjs.FastPathProbe.doc;
import static io.github.newsmodel.json.ninjs.FastPathProbe.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path answers every kind of canonical ninjs 3.x document itself — what the writer
 * produces for articles, and the other forms that write back unchanged — and answers as the tree
 * path does. (Giving up more often than needed would still give right results; these tests are what
 * catches it.)
 */
class FastReadAcceptsTest {

  private static final FastPathProbe PROBE = FastPathProbe.lenient();

  @Test
  void answersAMinimalArticle() {
    Article article = PROBE.accepted(doc(""));
    assertThat(article.id()).isEqualTo("urn:newsml:example.kz:1");
    assertThat(article.headline()).isEqualTo("Заголовок");
    assertThat(article.extensions().names()).containsExactly("ninjs-list:headlines");
  }

  @Test
  void answersEveryScalarProperty() {
    Article article =
        PROBE.accepted(
            doc(
                "\"type\":\"text\",\"version\":\"2\",\"slugline\":\"tpnw\",\"by\":\"Айгерим"
                    + " Ахметова\",\"located\":\"Астана\",\"edNote\":\"updated\\nsecond line\","
                    + "\"firstCreated\":\"2023-11-28T19:00:00+06:00\","
                    + "\"versionCreated\":\"2023-11-28T20:00:00+06:00\","
                    + "\"contentCreated\":\"2023-11-28T18:00:00+06:00\","
                    + "\"embargoedUntil\":\"2023-11-28T19:00:00Z\","
                    + "\"expires\":\"2024-11-28T19:00:00.5+06:00\",\"pubStatus\":\"usable\","
                    + "\"urgency\":1,\"copyrightHolder\":\"Example.kz\","
                    + "\"copyrightNotice\":\"© 2023\",\"usageTerms\":\"no resale\","
                    + "\"rightsInfo\":{\"linkedRights\":\"https://example.kz/rights\"}"));
    assertThat(article.type()).isEqualTo("text");
    assertThat(article.version()).isEqualTo("2");
    assertThat(article.slugline()).isEqualTo("tpnw");
    assertThat(article.byline()).isEqualTo("Айгерим Ахметова");
    assertThat(article.dateline()).isEqualTo("Астана");
    assertThat(article.editorialNote()).isEqualTo("updated\nsecond line");
    assertThat(article.firstPublished().text()).isEqualTo("2023-11-28T19:00:00+06:00");
    assertThat(article.modified().text()).isEqualTo("2023-11-28T20:00:00+06:00");
    assertThat(article.created().text()).isEqualTo("2023-11-28T18:00:00+06:00");
    assertThat(article.embargoedUntil().text()).isEqualTo("2023-11-28T19:00:00Z");
    assertThat(article.expires().text()).isEqualTo("2024-11-28T19:00:00.5+06:00");
    assertThat(article.status()).isEqualTo(PublicationStatus.USABLE);
    assertThat(article.urgency()).isEqualTo(1);
    assertThat(article.rights().copyrightHolder()).isEqualTo("Example.kz");
    assertThat(article.rights().copyrightNotice()).isEqualTo("© 2023");
    assertThat(article.rights().usageTerms()).isEqualTo("no resale");
    assertThat(article.rights().rightsUrl()).isEqualTo("https://example.kz/rights");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"type\":\"picture\"",
        "\"type\":\"planning\"",
        "\"pubStatus\":\"withheld\"",
        "\"pubStatus\":\"canceled\"",
        "\"urgency\":9",
        "\"copyrightHolder\":\"Example.kz\"",
        "\"copyrightNotice\":\"© 2023\"",
        "\"usageTerms\":\"no resale\"",
        "\"rightsInfo\":{\"linkedRights\":\"https://example.kz/rights\"}"
      })
  void answersEachPropertyAlone(String member) {
    PROBE.accepted(doc(member));
  }

  @Test
  void answersPropertiesInAnyOrder() {
    PROBE.accepted(
        only(
            "\"subjects\":[{\"name\":\"ДЗЯО\",\"rel\":\"keyword\"}],\"language\":\"ru\","
                + "\"organisations\":[{\"name\":\"Example.kz\",\"rel\":\"publisher\"}],"
                + "\"headlines\":[{\"value\":\"Заголовок\",\"role\":\"main\"}],"
                + "\"people\":[{\"rel\":\"author\",\"name\":\"Айгерим\"}],\"uri\":\"urn:x:1\""));
  }

  @Test
  void answersHeadlinesWithASubheadlineAndOtherItems() {
    Article article =
        PROBE.accepted(
            only(
                "\"uri\":\"urn:x:1\",\"headlines\":[{\"role\":\"kicker\",\"value\":\"Срочно\"},"
                    + "{\"role\":\"sub\",\"value\":\"Подзаголовок\"},"
                    + "{\"role\":\"main\",\"contentType\":\"text/plain\",\"value\":\"Главное\"}]"));
    assertThat(article.headline()).isEqualTo("Главное");
    assertThat(article.subheadline()).isEqualTo("Подзаголовок");
  }

  @Test
  void answersAHeadlineWithoutTheMainRole() {
    Article article =
        PROBE.accepted(
            only(
                "\"uri\":\"urn:x:1\",\"headlines\":[{\"role\":\"sub\",\"value\":\"Под\"},"
                    + "{\"value\":\"Первый\"},{\"role\":\"other\",\"value\":\"Второй\"}]"));
    assertThat(article.headline()).isEqualTo("Первый");
    assertThat(article.subheadline()).isEqualTo("Под");
  }

  @Test
  void answersASummaryAndEngagementCounters() {
    Article counted =
        PROBE.accepted(
            doc(
                "\"descriptions\":[{\"role\":\"engagement\",\"contentType\":\"application/json\","
                    + "\"value\":\"{\\\"views\\\":759,\\\"shares\\\":5,\\\"comments\\\":0,"
                    + "\\\"reactions\\\":12,\\\"asOf\\\":\\\"2023-11-28T19:00:00+06:00\\\"}\"},"
                    + "{\"role\":\"summary\",\"value\":\"Кратко\"}]"));
    assertThat(counted.engagement().views()).isEqualTo(759L);
    assertThat(counted.engagement().shares()).isEqualTo(5L);
    assertThat(counted.engagement().comments()).isEqualTo(0L);
    assertThat(counted.engagement().reactions()).isEqualTo(12L);
    assertThat(counted.engagement().asOf().text()).isEqualTo("2023-11-28T19:00:00+06:00");
    assertThat(counted.summary()).isEqualTo("Кратко");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\\\"views\\\":759}",
        "{}",
        "{\\\"views\\\":9223372036854775807}",
        "{\\\"comments\\\":1,\\\"reactions\\\":2}",
        "{\\\"asOf\\\":\\\"2024-05-10T08:30:00Z\\\"}"
      })
  void answersEngagementCountersInTheWritersForm(String counters) {
    Article article =
        PROBE.accepted(
            doc(
                "\"descriptions\":[{\"role\":\"engagement\",\"contentType\":\"application/json\","
                    + "\"value\":\""
                    + counters
                    + "\"}]"));
    assertThat(article.engagement()).isNotNull();
    assertThat(article.summary()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not JSON",
        "[1]",
        "{\\\"views\\\":1",
        "{\\\"asOf\\\":\\\"yesterday\\\"}",
        "{\\\"views\\\":1}x",
        "{\\\"views\\\":1,}",
        "{\\\"views\\\":+1}",
        "{\\\"views\\\":-}"
      })
  void answersAnEngagementDescriptionThatHoldsNoCountersAsTheSummary(String text) {
    Article article =
        PROBE.accepted(
            doc(
                "\"descriptions\":[{\"role\":\"engagement\",\"contentType\":\"application/json\","
                    + "\"value\":\""
                    + text
                    + "\"}]"));
    assertThat(article.engagement()).isNull();
    assertThat(article.summary()).isNotNull();
  }

  @Test
  void answersTheFirstOfTwoEngagementDescriptions() {
    Article article =
        PROBE.accepted(
            doc(
                "\"descriptions\":[{\"role\":\"engagement\",\"contentType\":\"application/json\","
                    + "\"value\":\"{\\\"views\\\":1}\"},{\"role\":\"engagement\","
                    + "\"contentType\":\"application/json\",\"value\":\"{\\\"views\\\":2}\"}]"));
    assertThat(article.engagement().views()).isEqualTo(1L);
    assertThat(article.summary()).isEqualTo("{\"views\":2}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abstract", "lead", "caption", "text", "description", "other"})
  void answersASummaryInAnyRole(String role) {
    Article article =
        PROBE.accepted(
            doc(
                "\"descriptions\":[{\"role\":\"x\",\"value\":\"first\"},{\"role\":\""
                    + role
                    + "\",\"value\":\"Кратко\"}]"));
    assertThat(article.summary()).isEqualTo(role.equals("other") ? "first" : "Кратко");
  }

  @Test
  void answersACanonicalHtmlBody() {
    Article article =
        PROBE.accepted(
            doc(
                "\"bodies\":[{\"role\":\"main\",\"contentType\":\"text/html\",\"value\":"
                    + "\"<p>a <strong>b</strong> &amp; <a href=\\\"https://e.kz/\\\">c</a></p>"
                    + "<h2>t</h2><blockquote>q<cite>Автор</cite></blockquote>"
                    + "<ul><li>x</li></ul><figure><img data-media-id=\\\"photo-1\\\"></figure>\"}]"));
    assertThat(article.body()).hasSize(5);
  }

  @Test
  void answersBodiesWithCountsOtherItemsAndAnotherSpellingOfTheHtmlType() {
    Article article =
        PROBE.accepted(
            doc(
                "\"bodies\":[{\"contentType\":\"text/plain\",\"value\":\"plain\"},"
                    + "{\"charCount\":1,\"wordCount\":0,\"contentType\":\" TEXT/HTML;"
                    + " charset=utf-8\",\"value\":\"<p>a</p>\"},"
                    + "{\"contentType\":\"text/html\",\"value\":\"<p>second</p>\"}]"));
    assertThat(article.body()).hasSize(1);
    assertThat(article.body().get(0).plainText()).isEqualTo("a");
  }

  @Test
  void answersAuthorsThePublisherAndEntitiesOfEveryKind() {
    Article article =
        PROBE.accepted(
            doc(
                "\"people\":[{\"name\":\"Айгерим\",\"rel\":\"author\",\"uri\":\"urn:p:1\"},"
                    + "{\"name\":\"Мурат Нуртлеу\",\"rel\":\"mentioned\",\"uri\":\"urn:p:2\","
                    + "\"literal\":\"p2\"}],"
                    + "\"organisations\":[{\"name\":\"Агентство\",\"rel\":\"author\"},"
                    + "{\"name\":\"Example.kz\",\"rel\":\"publisher\",\"uri\":\"urn:o:1\"},"
                    + "{\"name\":\"ООН\"},{\"name\":\"Second\",\"rel\":\"publisher\"}],"
                    + "\"places\":[{\"name\":\"Астана\",\"uri\":\"urn:g:1\"}],"
                    + "\"events\":[{\"name\":\"Конференция\"}],"
                    + "\"objects\":[{\"name\":\"ДЗЯО\",\"literal\":\"tpnw\"}]"));
    assertThat(article.authors()).extracting(a -> a.name()).containsExactly("Айгерим", "Агентство");
    assertThat(article.publisher().name()).isEqualTo("Example.kz");
    assertThat(article.publisher().uri()).isEqualTo("urn:o:1");
    assertThat(article.entities())
        .extracting(e -> e.kind())
        .containsExactly(
            EntityKind.PERSON,
            EntityKind.ORGANIZATION,
            EntityKind.ORGANIZATION,
            EntityKind.PLACE,
            EntityKind.EVENT,
            EntityKind.OBJECT);
    assertThat(article.entities().get(0).code()).isEqualTo("p2");
    assertThat(article.entities().get(0).rel()).isEqualTo("mentioned");
  }

  @Test
  void answersEntityListsInAnyOrderOfTheDocument() {
    Article article =
        PROBE.accepted(
            doc(
                "\"objects\":[{\"name\":\"ДЗЯО\"}],\"organisations\":[{\"name\":\"МИД\","
                    + "\"rel\":\"publisher\"},{\"name\":\"ООН\"}],"
                    + "\"people\":[{\"name\":\"Айгерим\",\"rel\":\"author\"}]"));
    assertThat(article.entities())
        .extracting(e -> e.kind())
        .containsExactly(EntityKind.ORGANIZATION, EntityKind.OBJECT);
    assertThat(article.entities().get(0).name()).isEqualTo("ООН");
    assertThat(article.entities().get(1).name()).isEqualTo("ДЗЯО");
  }

  @Test
  void answersTheSectionSubjectsAndKeywords() {
    Article article =
        PROBE.accepted(
            doc(
                "\"subjects\":[{\"name\":\"Лента новостей\",\"rel\":\"section\"},"
                    + "{\"name\":\"Политика\",\"rel\":\"section\"},"
                    + "{\"name\":\"Экономика\",\"rel\":\"section\",\"uri\":\"urn:s:1\"},"
                    + "{\"name\":\"Разоружение\",\"uri\":\"urn:s:2\",\"literal\":\"s2\","
                    + "\"creator\":\"editor\",\"relevance\":0,\"confidence\":100},"
                    + "{\"name\":\"Мир\",\"rel\":\"keyword\",\"uri\":\"urn:s:3\"},"
                    + "{\"name\":\"ДЗЯО\",\"rel\":\"keyword\"},{\"name\":\"ООН\",\"rel\":\"keyword\"}]"));
    assertThat(article.section()).isEqualTo("Лента новостей");
    assertThat(article.keywords()).containsExactly("ДЗЯО", "ООН");
    assertThat(article.entities()).hasSize(4);
    assertThat(article.entities().get(2).creator()).isEqualTo("editor");
    assertThat(article.entities().get(2).relevance()).isEqualTo(0);
    assertThat(article.entities().get(2).confidence()).isEqualTo(100);
  }

  @Test
  void answersSourcesAndGenres() {
    Article article =
        PROBE.accepted(
            doc(
                "\"infoSources\":[{\"name\":\"El.kz\",\"role\":\"relayedFrom\",\"uri\":\"urn:i:1\"},"
                    + "{\"name\":\"МИД РК\"}],"
                    + "\"genres\":[{\"name\":\"Новости\"},{\"uri\":\"http://cv.iptc.org/g/1\"},"
                    + "{\"literal\":\"genre:Current\"},{\"name\":\"\",\"uri\":\"u\",\"literal\":\"l\"}]"));
    assertThat(article.sources()).hasSize(2);
    assertThat(article.sources().get(0).roles()).containsExactly("relayedFrom");
    assertThat(article.sources().get(0).uri()).isEqualTo("urn:i:1");
    assertThat(article.sources().get(1).roles()).isEmpty();
    assertThat(article.genres()).hasSize(4);
    assertThat(article.genres().get(2).code()).isEqualTo("genre:Current");
  }

  @Test
  void answersAlternateIdsTheCanonicalUrlShareAndFollowLinks() {
    Article article =
        PROBE.accepted(
            doc(
                "\"altIds\":[{\"value\":\"id-1\"},{\"role\":\"cms\",\"value\":\"id-2\"},"
                    + "{\"role\":\"share:nowhere\",\"value\":\"id-3\"},"
                    + "{\"role\":\"follow:\",\"value\":\"id-4\"},"
                    + "{\"role\":\"canonical\",\"value\":\"https://example.kz/news/1\"},"
                    + "{\"role\":\"share:telegram\",\"value\":"
                    + "\"https://t.me/share/url?url=https%3A%2F%2Fexample.kz%2Fnews%2F1\"},"
                    + "{\"role\":\"follow:telegram\",\"value\":\"https://t.me/example_kz\"}]"));
    assertThat(article.alternateIds()).hasSize(4);
    assertThat(article.canonicalUrl()).isEqualTo("https://example.kz/news/1");
    assertThat(article.shareLinks()).hasSize(1);
    assertThat(article.followLinks()).hasSize(1);
    assertThat(article.followLinks().get(0).service()).isEqualTo("telegram");
  }

  @Test
  void answersMediaOfEveryKindWithRenditions() {
    Article article =
        PROBE.accepted(
            doc(
                "\"associations\":["
                    + "{\"name\":\"photo-1\",\"uri\":\"https://example.kz/p.jpg\","
                    + "\"type\":\"picture\",\"headlines\":[{\"role\":\"main\",\"value\":\"Фото\"}],"
                    + "\"descriptions\":[{\"role\":\"caption\",\"value\":\"Подпись\"},"
                    + "{\"role\":\"alt\",\"value\":\"Описание\"}],\"by\":\"Фото: gov.kz\","
                    + "\"copyrightNotice\":\"© gov.kz\",\"usageTerms\":\"editorial\","
                    + "\"language\":\"kk\",\"rightsInfo\":{\"linkedRights\":\"https://e.kz/r\"},"
                    + "\"renditions\":[{\"name\":\"16x9\",\"href\":\"https://example.kz/p.jpg\","
                    + "\"contentType\":\"image/jpeg\",\"width\":1200,\"height\":675,"
                    + "\"sizeInBytes\":3000000000}]},"
                    + "{\"name\":\"video-1\",\"uri\":\"https://example.kz/v\",\"type\":\"video\","
                    + "\"renditions\":[{\"name\":\"hd\",\"href\":\"https://example.kz/v.mp4\","
                    + "\"duration\":12.5,\"videoCodec\":\"avc1\",\"frameRate\":29.97,"
                    + "\"bitrate\":\"4000000\"},{\"name\":\"sd\",\"href\":\"https://example.kz/s.mp4\","
                    + "\"duration\":0,\"frameRate\":25,\"bitrate\":\"1\",\"sizeInBytes\":0}]},"
                    + "{\"name\":\"audio-1\",\"uri\":\"https://example.kz/a\",\"type\":\"audio\","
                    + "\"renditions\":[{\"name\":\"mp3\",\"href\":\"https://example.kz/a.mp3\","
                    + "\"duration\":0.5}]},"
                    + "{\"name\":\"chart-1\",\"uri\":\"https://example.kz/c\",\"type\":\"graphic\"},"
                    + "{\"name\":\"doc-1\",\"uri\":\"https://example.kz/d.pdf\","
                    + "\"descriptions\":[{\"role\":\"alt\",\"value\":\"alt\"},{\"value\":\"Документ\"}],"
                    + "\"headlines\":[{\"role\":\"sub\",\"value\":\"s\"},{\"value\":\"Заголовок\"}]}]"));
    assertThat(article.media())
        .extracting(Media::kind)
        .containsExactly(
            MediaKind.IMAGE,
            MediaKind.VIDEO,
            MediaKind.AUDIO,
            MediaKind.GRAPHIC,
            MediaKind.DOCUMENT);
    Media photo = article.media().get(0);
    assertThat(photo.title()).isEqualTo("Фото");
    assertThat(photo.caption()).isEqualTo("Подпись");
    assertThat(photo.altText()).isEqualTo("Описание");
    assertThat(photo.creditLine()).isEqualTo("Фото: gov.kz");
    assertThat(photo.licenseUrl()).isEqualTo("https://e.kz/r");
    assertThat(photo.language()).isEqualTo("kk");
    Rendition still = photo.renditions().get(0);
    assertThat(still.width()).isEqualTo(1200);
    assertThat(still.height()).isEqualTo(675);
    assertThat(still.sizeBytes()).isEqualTo(3_000_000_000L);
    assertThat(still.mediaType()).isEqualTo("image/jpeg");
    Rendition hd = article.media().get(1).renditions().get(0);
    assertThat(hd.duration()).isEqualTo(Duration.ofMillis(12_500));
    assertThat(hd.frameRate()).isEqualTo(29.97);
    assertThat(hd.bitrate()).isEqualTo(4_000_000L);
    assertThat(hd.videoCodec()).isEqualTo("avc1");
    assertThat(article.media().get(2).renditions().get(0).duration())
        .isEqualTo(Duration.ofMillis(500));
    Media document = article.media().get(4);
    assertThat(document.title()).isEqualTo("Заголовок");
    assertThat(document.caption()).isEqualTo("Документ");
    assertThat(document.altText()).isEqualTo("alt");
  }

  @Test
  void answersRelatedArticlesAfterTheMedia() {
    Article article =
        PROBE.accepted(
            doc(
                "\"associations\":[{\"name\":\"photo-1\",\"uri\":\"https://example.kz/p.jpg\"},"
                    + "{\"name\":\"related0\",\"uri\":\"https://example.kz/news/2\","
                    + "\"type\":\"text\",\"rel\":\"seeAlso\","
                    + "\"headlines\":[{\"value\":\"Другая новость\"}]},"
                    + "{\"type\":\"text\",\"uri\":\"HTTP://EXAMPLE.KZ/news/3\",\"name\":\"r\"}]"));
    assertThat(article.media()).hasSize(1);
    assertThat(article.related()).hasSize(2);
    assertThat(article.related().get(0).headline()).isEqualTo("Другая новость");
    assertThat(article.related().get(0).rel()).isEqualTo("seeAlso");
    assertThat(article.related().get(1).url()).isEqualTo("HTTP://EXAMPLE.KZ/news/3");
  }

  @Test
  void answersTheDocumentsTheWriterProducesForTheSampleArticles() {
    for (Article sample : new Article[] {Samples.russian()}) {
      PROBE.accepted(Ninjs.defaults().write(sample, NinjsVersion.V3_1).json());
    }
  }

  @Test
  void answersWhenVersion3IsRequestedOrTheTextStartsWithAByteOrderMark() {
    PROBE.accepted(doc(""), NinjsVersion.V3_0);
    PROBE.accepted(doc(""), NinjsVersion.V3_1);
    PROBE.accepted("\uFEFF" + doc("") + " \n");
  }

  @Test
  void answersInStrictModeAndWithinTightLimits() {
    new FastPathProbe(ReadMode.STRICT, JsonLimits.defaults()).accepted(doc("\"type\":\"text\""));
    String json = doc("\"subjects\":[{\"name\":\"a\",\"rel\":\"keyword\"}]");
    new FastPathProbe(
            ReadMode.LENIENT,
            JsonLimits.builder()
                .maxDocumentBytes(json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .maxDepth(3)
                .maxArrayLength(1)
                .maxStringLength(27)
                .build())
        .accepted(json);
  }

  @Test
  void answersTheLongestBitrateTheTreePathMaps() {
    Article article =
        PROBE.accepted(
            doc(
                "\"associations\":[{\"name\":\"v\",\"uri\":\"https://e.kz/v\",\"renditions\":"
                    + "[{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":\"100000000000000000\"}]}]"));
    assertThat(article.media().get(0).renditions().get(0).bitrate())
        .isEqualTo(100_000_000_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"descriptions\":[{\"role\":\"summary\",\"value\":\"%s\"}]",
        "\"descriptions\":[{\"role\":\"engagement\",\"contentType\":\"application/json\","
            + "\"value\":\"{\\\"views\\\":%s}\"}]",
        "\"headlines\":[{\"role\":\"main\",\"value\":\"h%s\"},{\"role\":\"sub\",\"value\":\"s\"}]",
        "\"associations\":[{\"name\":\"p\",\"uri\":\"https://e.kz/p\","
            + "\"headlines\":[{\"role\":\"main\",\"value\":\"t%s\"}],"
            + "\"descriptions\":[{\"role\":\"caption\",\"value\":\"c\"},{\"role\":\"alt\",\"value\":\"a\"}]}]",
        "\"associations\":[{\"name\":\"p\",\"uri\":\"https://e.kz/p\","
            + "\"descriptions\":[{\"role\":\"alt\",\"value\":\"a%s\"}]}]"
      })
  void sharesTheTemplateItemsOfEveryGeneratedList(String member) {
    Article one = PROBE.accepted(withHeadline(fill(member, "1")));
    Article two = PROBE.accepted(withHeadline(fill(member, "2")));
    if (member.startsWith("\"associations\"")) {
      one = one.toBuilder().extensions(one.media().get(0).extensions()).build();
      two = two.toBuilder().extensions(two.media().get(0).extensions()).build();
    }
    for (String name : one.extensions().names()) {
      io.github.newsmodel.extension.JsonValue first = one.extensions().get(name).orElseThrow();
      io.github.newsmodel.extension.JsonValue second = two.extensions().get(name).orElseThrow();
      if (first instanceof io.github.newsmodel.extension.JsonValue.JsonArray list
          && list.values().size() > 1) {
        assertThat(list.values())
            .zipSatisfy(
                ((io.github.newsmodel.extension.JsonValue.JsonArray) second).values(),
                (a, b) -> assertThat(a).isSameAs(b));
      } else {
        assertThat(first).as(name).isSameAs(second);
      }
    }
  }

  private static String fill(String member, String value) {
    return member.replace("%s", value);
  }

  /** A document of the member, with a headline unless the member holds the headlines. */
  static String withHeadline(String member) {
    String headline =
        member.startsWith("\"headlines\"")
            ? ""
            : "\"headlines\":[{\"role\":\"main\",\"value\":\"H\"}],";
    return only("\"uri\":\"urn:x:1\",\"language\":\"en\"," + headline + member);
  }

  @Test
  void sharesTheTemplatesOfTheItemsTheWriterGenerates() {
    Article one =
        PROBE.accepted(
            doc(
                "\"bodies\":[{\"role\":\"main\",\"contentType\":\"text/html\",\"value\":\"<p>a</p>\"}]"));
    Article two =
        PROBE.accepted(
            doc(
                "\"bodies\":[{\"role\":\"main\",\"contentType\":\"text/html\",\"value\":\"<p>b</p>\"}]"));
    for (String list : new String[] {"ninjs-list:headlines", "ninjs-list:bodies"}) {
      assertThat(one.extensions().get(list).orElseThrow())
          .isSameAs(two.extensions().get(list).orElseThrow());
    }
  }
}
