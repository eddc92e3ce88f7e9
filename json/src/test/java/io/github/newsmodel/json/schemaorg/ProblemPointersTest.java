package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation problems of the article read from JSON-LD are reported at the JSON Pointer of the
 * member the faulty value was read from, not at the model path.
 */
class ProblemPointersTest {
  private static final String BELL = "\\u0007";
  private static final String ZERO_WIDTH = "\\u200b";

  private static ReadResult<Article> read(String members) {
    return SchemaOrg.defaults()
        .read(
            "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", " + members + "}");
  }

  /** Every problem as {@code code@pointer}. */
  private static List<String> problems(String members) {
    return read(members).problems().stream().map(p -> p.code() + "@" + p.pointer()).toList();
  }

  @Test
  void textPropertiesReportAtTheirMember() {
    assertThat(
            problems(
                "\"headline\": \"A"
                    + ZERO_WIDTH
                    + "B\", \"alternativeHeadline\": \"S"
                    + ZERO_WIDTH
                    + "\", \"description\": \"D"
                    + ZERO_WIDTH
                    + "\", \"articleSection\": \"Sec"
                    + ZERO_WIDTH
                    + "\", \"dateline\": \"ALMATY"
                    + BELL
                    + "\""))
        .containsExactlyInAnyOrder(
            "text.invisible@/headline",
            "text.invisible@/alternativeHeadline",
            "text.invisible@/description",
            "text.invisible@/articleSection",
            "text.control@/dateline");
  }

  @Test
  void headlineReadFromNameReportsAtName() {
    assertThat(problems("\"name\": \"N" + ZERO_WIDTH + "\""))
        .containsExactlyInAnyOrder("jsonld.headline.missing@/headline", "text.invisible@/name");
  }

  @Test
  void summaryReadFromAbstractReportsAtAbstract() {
    assertThat(problems("\"headline\": \"H\", \"abstract\": \"A" + ZERO_WIDTH + "\""))
        .containsExactly("text.invisible@/abstract");
  }

  @Test
  void idProblemsPointAtIdOrIdentifier() {
    assertThat(problems("\"headline\": \"H\", \"@id\": \"a" + BELL + "b\""))
        .containsExactly("text.control@/@id");
    assertThat(problems("\"headline\": \"H\", \"identifier\": \" a" + BELL + "b \""))
        .containsExactly("text.control@/identifier");
  }

  @Test
  void canonicalUrlProblemsPointAtUrlOrMainEntityOfPage() {
    assertThat(problems("\"headline\": \"H\", \"url\": \"ftp://ex.com/a\""))
        .containsExactly("url.scheme@/url");
    assertThat(problems("\"headline\": \"H\", \"mainEntityOfPage\": \"ftp://ex.com/a\""))
        .containsExactly("url.scheme@/mainEntityOfPage");
    assertThat(
            problems("\"headline\": \"H\", \"mainEntityOfPage\": [{\"@id\": \"ftp://ex.com/a\"}]"))
        .containsExactly("url.scheme@/mainEntityOfPage/0");
  }

  @Test
  void languageKeywordsAndGenresReportAtTheirItem() {
    assertThat(problems("\"headline\": \"H\", \"inLanguage\": \"english!\""))
        .containsExactly("language.tag@/inLanguage");
    assertThat(problems("\"headline\": \"H\", \"keywords\": [\"a\", \"a\", \"b" + BELL + "\"]"))
        .containsExactly("text.control@/keywords/2");
    assertThat(problems("\"headline\": \"H\", \"keywords\": \"a, b" + BELL + "\""))
        .containsExactly("text.control@/keywords");
    assertThat(problems("\"headline\": \"H\", \"genre\": [\"\", \"News\", \"G" + BELL + "\"]"))
        .containsExactly("text.control@/genre/2");
  }

  @Test
  void bodyProblemsReportAtArticleBodyOrText() {
    String body = "\"<p>x <a href=\\\"http://exa mple.com/\\\">l</a></p>\"";
    assertThat(problems("\"headline\": \"H\", \"articleBody\": " + body))
        .containsExactly("url.whitespace@/articleBody");
    assertThat(problems("\"headline\": \"H\", \"text\": " + body))
        .containsExactly("url.whitespace@/text");
  }

  @Test
  void rightsProblemsReportAtTheirMember() {
    assertThat(
            problems(
                "\"headline\": \"H\", \"license\": \"ftp://ex.com/terms\","
                    + " \"copyrightNotice\": \"C"
                    + BELL
                    + "\", \"copyrightHolder\": {\"@type\": \"Organization\", \"name\": \"O"
                    + BELL
                    + "\"}"))
        .containsExactlyInAnyOrder(
            "url.scheme@/license",
            "text.control@/copyrightNotice",
            "text.control@/copyrightHolder/name");
    assertThat(problems("\"headline\": \"H\", \"copyrightHolder\": [\"O" + BELL + "\"]"))
        .containsExactly("text.control@/copyrightHolder/0");
  }

  @Test
  void partyProblemsReportAtTheirMember() {
    assertThat(
            problems(
                "\"headline\": \"H\", \"author\": \"Jane"
                    + BELL
                    + "\", \"creator\": {\"@type\": \"Person\", \"name\": \"Cre"
                    + BELL
                    + "\", \"url\": \"ftp://ex.com/c\", \"jobTitle\": \"J"
                    + BELL
                    + "\"}, \"publisher\": {\"@type\": \"Organization\", \"name\": \"P\","
                    + " \"logo\": \"ftp://ex.com/logo.png\"}"))
        .containsExactlyInAnyOrder(
            "text.control@/author",
            "text.control@/creator/name",
            "url.scheme@/creator/url",
            "text.control@/creator/jobTitle",
            "url.scheme@/publisher/logo");
  }

  @Test
  void sourceProblemsReportAtTheirMember() {
    assertThat(
            problems(
                "\"headline\": \"H\", \"isBasedOn\": [\"ftp://a.example/x\", {\"@type\":"
                    + " \"CreativeWork\", \"url\": \"ftp://c.example/y\", \"name\": \"N"
                    + BELL
                    + "\"}], \"sourceOrganization\": {\"name\": \"S"
                    + BELL
                    + "\", \"url\": \"ftp://z.example\"}"))
        .containsExactlyInAnyOrder(
            "url.scheme@/isBasedOn/0",
            "text.control@/isBasedOn/1",
            "url.scheme@/isBasedOn/1/url",
            "text.control@/sourceOrganization/name",
            "url.scheme@/sourceOrganization/url");
  }

  @Test
  void entityProblemsReportAtTheirItem() {
    assertThat(
            problems(
                "\"headline\": \"H\", \"about\": [\"Sub"
                    + BELL
                    + "\", {\"@type\": \"Person\", \"name\": \"P"
                    + BELL
                    + "\"}], \"mentions\": [{\"@type\": \"Thing\"}]"))
        .containsExactlyInAnyOrder(
            "text.control@/about/0",
            "text.control@/about/1/name",
            "jsonld.name.missing@/mentions/0");
  }

  @Test
  void imageProblemsReportAtTheirMember() {
    assertThat(
            problems(
                "\"headline\": \"H\", \"image\": [{\"@type\": \"ImageObject\", \"url\":"
                    + " \"ftp://ex.com/a.jpg\", \"width\": -1, \"height\": -2, \"caption\": \"c"
                    + BELL
                    + "\", \"description\": \"d"
                    + BELL
                    + "\", \"creditText\": \"cr"
                    + BELL
                    + "\", \"license\": \"ftp://ex.com/l\", \"name\": \"n"
                    + BELL
                    + "\", \"copyrightNotice\": \"cn"
                    + BELL
                    + "\", \"encodingFormat\": \"jpeg\"},"
                    + " {\"identifier\": \"g\", \"contentUrl\": \"https://ex.com/g.jpg\"},"
                    + " {\"identifier\": \"g\", \"contentUrl\": \"ftp://ex.com/g2.jpg\", \"width\": -3}]"))
        .containsExactlyInAnyOrder(
            "url.scheme@/image/0/url",
            "range@/image/0/width",
            "range@/image/0/height",
            "text.control@/image/0/caption",
            "text.control@/image/0/description",
            "text.control@/image/0/creditText",
            "url.scheme@/image/0/license",
            "text.control@/image/0/name",
            "text.control@/image/0/copyrightNotice",
            "media.type@/image/0/encodingFormat",
            "url.scheme@/image/2/contentUrl",
            "range@/image/2/width");
  }

  @Test
  void videoProblemsReportAtTheMemberOfEachRendition() {
    assertThat(
            problems(
                "\"headline\": \"H\", \"video\": [{\"@type\": \"VideoObject\", \"name\": \"v"
                    + BELL
                    + "\", \"description\": \"d"
                    + BELL
                    + "\", \"contentUrl\": \"ftp://ex.com/v.mp4\", \"embedUrl\": \"ftp://ex.com/e\","
                    + " \"thumbnailUrl\": [\"https://ex.com/t.jpg\", \"ftp://ex.com/t2.jpg\"],"
                    + " \"width\": -5, \"height\": -6, \"encodingFormat\": \"mp4\"}]"))
        .containsExactlyInAnyOrder(
            "text.control@/video/0/name",
            "text.control@/video/0/description",
            "url.scheme@/video/0/contentUrl",
            "range@/video/0/width",
            "range@/video/0/height",
            "media.type@/video/0/encodingFormat",
            "url.scheme@/video/0/embedUrl",
            "url.scheme@/video/0/thumbnailUrl/1");
    assertThat(problems("\"headline\": \"H\", \"video\": {\"embedUrl\": \"ftp://ex.com/e\"}"))
        .containsExactly("url.scheme@/video/embedUrl");
  }

  @Test
  void counterProblemsReportAtTheirCount() {
    assertThat(
            problems(
                "\"headline\": \"H\", \"commentCount\": -5, \"interactionStatistic\":"
                    + " [{\"interactionType\": \"ReadAction\", \"userInteractionCount\": -1}]"))
        .containsExactlyInAnyOrder(
            "range@/commentCount", "range@/interactionStatistic/0/userInteractionCount");
  }
}
