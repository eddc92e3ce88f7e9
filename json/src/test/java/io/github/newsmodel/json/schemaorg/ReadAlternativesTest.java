package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alternative members and value shapes the reader accepts for one model field. */
class ReadAlternativesTest {
  private static ReadResult<Article> read(String members) {
    return SchemaOrg.defaults()
        .read(
            "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"H\", "
                + members
                + "}");
  }

  private static Article article(String members) {
    ReadResult<Article> result = read(members);
    assertThat(result.errors()).isEmpty();
    return result.value().orElseThrow();
  }

  private static List<String> problems(ReadResult<Article> result) {
    return result.problems().stream()
        .map(p -> p.code() + "@" + p.pointer() + ": " + p.message())
        .toList();
  }

  @Test
  void summaryPrefersDescriptionAndFallsBackToAbstract() {
    Article both = article("\"description\": \"Desc\", \"abstract\": \"Abs\"");
    assertThat(both.summary()).isEqualTo("Desc");
    assertThat(both.extensions().names()).containsExactly("abstract");

    Article onlyAbstract = article("\"description\": null, \"abstract\": \"Abs\"");
    assertThat(onlyAbstract.summary()).isEqualTo("Abs");
    assertThat(onlyAbstract.extensions().names()).isEmpty();

    assertThat(article("\"abstract\": null").summary()).isNull();
  }

  @Test
  void canonicalUrlFromMainEntityOfPage() {
    assertThat(article("\"mainEntityOfPage\": \"https://ex.com/a\"").canonicalUrl())
        .isEqualTo("https://ex.com/a");
    assertThat(
            article(
                    "\"mainEntityOfPage\": {\"@type\": \"WebPage\", \"@id\": \"https://ex.com/#page\","
                        + " \"url\": \"https://ex.com/page\"}")
                .canonicalUrl())
        .isEqualTo("https://ex.com/page");
    assertThat(
            article(
                    "\"mainEntityOfPage\": {\"@type\": \"WebPage\", \"@id\": \"https://ex.com/id\"}")
                .canonicalUrl())
        .isEqualTo("https://ex.com/id");
    assertThat(article("\"mainEntityOfPage\": {\"@type\": \"WebPage\"}").canonicalUrl()).isNull();
    assertThat(article("\"url\": {\"@id\": \"https://ex.com/by-id\"}").canonicalUrl())
        .isEqualTo("https://ex.com/by-id");
  }

  @Test
  void idFromIdentifierWhenNoId() {
    Article article = article("\"identifier\": \" story-7 \", \"url\": \"https://ex.com/7\"");
    assertThat(article.id()).isEqualTo("story-7");
    assertThat(article.extensions().names()).isEmpty();
    assertThat(article("\"identifier\": \" \", \"url\": \"https://ex.com/7\"").id())
        .isEqualTo("https://ex.com/7");
  }

  @Test
  void languageAsLanguageObject() {
    assertThat(
            article(
                    "\"inLanguage\": {\"@type\": \"Language\", \"name\": \"Kazakh\","
                        + " \"alternateName\": \"kk\"}")
                .language())
        .isEqualTo("kk");
    assertThat(article("\"inLanguage\": [{\"@type\": \"Language\", \"name\": \"ru\"}]").language())
        .isEqualTo("ru");
    assertThat(article("\"inLanguage\": [\"en-GB\", \"ru\"]").language()).isEqualTo("en-GB");
  }

  @Test
  void rightsFromAnyOneOfNoticeLicenseAndHolder() {
    assertThat(article("\"copyrightNotice\": \"© Ex\"").rights())
        .isEqualTo(Rights.builder().copyrightNotice("© Ex").build());
    assertThat(article("\"license\": \"https://ex.com/terms\"").rights())
        .isEqualTo(Rights.builder().rightsUrl("https://ex.com/terms").build());
    assertThat(article("\"copyrightHolder\": \"Ex Media\"").rights())
        .isEqualTo(Rights.builder().copyrightHolder("Ex Media").build());
    assertThat(
            article("\"copyrightHolder\": {\"@type\": \"Organization\", \"name\": \"Ex\"}")
                .rights())
        .isEqualTo(Rights.builder().copyrightHolder("Ex").build());
    assertThat(article("\"copyrightHolder\": {\"@type\": \"Organization\"}").rights()).isNull();
  }

  @Test
  void creatorEditorAndContributorBecomeAuthorsWithRoles() {
    assertThat(article("\"creator\": \"Cre\"").authors()).containsExactly(Party.person("Cre"));
    assertThat(
            article(
                    "\"author\": \"Au\", \"creator\": \"Cre\", \"editor\": \"Ed\","
                        + " \"contributor\": {\"@type\": \"Organization\", \"name\": \"Desk\"}")
                .authors())
        .extracting(Party::name, Party::kind, Party::role)
        .containsExactly(
            tuple("Au", PartyKind.PERSON, null),
            tuple("Cre", PartyKind.PERSON, "creator"),
            tuple("Ed", PartyKind.PERSON, "editor"),
            tuple("Desk", PartyKind.ORGANIZATION, "contributor"));
  }

  @Test
  void thumbnailUrlIsTheImageOnlyWhenThereIsNoImage() {
    assertThat(article("\"thumbnailUrl\": \"https://ex.com/t.jpg\"").media())
        .flatExtracting(Media::renditions)
        .extracting(Rendition::url)
        .containsExactly("https://ex.com/t.jpg");
    assertThat(
            article(
                    "\"image\": \"https://ex.com/i.jpg\", \"thumbnailUrl\": \"https://ex.com/t.jpg\"")
                .media())
        .flatExtracting(Media::renditions)
        .extracting(Rendition::url)
        .containsExactly("https://ex.com/i.jpg");
  }

  @Test
  void genresSkipBlankNames() {
    assertThat(article("\"genre\": [\" \", \"Opinion\", null]").genres())
        .containsExactly(Genre.named("Opinion"));
  }

  @Test
  void textAsValueObject() {
    Article article =
        article("\"alternativeHeadline\": {\"@value\": \" Sub \", \"@language\": \"en\"}");
    assertThat(article.subheadline()).isEqualTo("Sub");
    ReadResult<Article> object = read("\"alternativeHeadline\": {\"@language\": \"en\"}");
    assertThat(object.value().orElseThrow().subheadline()).isNull();
    assertThat(problems(object))
        .containsExactly("type.mismatch@/alternativeHeadline: expected text, found an object");
  }

  @Test
  void mediaIdsFromIdentifiersOfAnyScalarOrPosition() {
    Article article =
        article(
            "\"image\": [\"https://ex.com/1.jpg\", {\"identifier\": 42, \"url\": \"https://ex.com/2.jpg\"},"
                + " {\"identifier\": 42, \"url\": \"https://ex.com/2s.jpg\"}, \"https://ex.com/3.jpg\"],"
                + " \"video\": [{\"contentUrl\": \"https://ex.com/v.mp4\"},"
                + " {\"identifier\": \" clip \", \"contentUrl\": \"https://ex.com/c.mp4\"},"
                + " {\"identifier\": true, \"embedUrl\": \"https://ex.com/e\"}]");
    assertThat(article.media())
        .extracting(Media::id, m -> m.renditions().size())
        .containsExactly(
            tuple("image-1", 1),
            tuple("42", 2),
            tuple("image-3", 1),
            tuple("video-4", 1),
            tuple("clip", 1),
            tuple("true", 1));
  }

  @Test
  void numbersAsStringsPixelsAndQuantitativeValues() {
    Article article =
        article(
            "\"image\": [{\"url\": \"https://ex.com/1.jpg\", \"width\": \"768px\", \"height\":"
                + " \"1,200\"}, {\"url\": \"https://ex.com/2.jpg\", \"width\": 640.5, \"height\":"
                + " {\"@type\": \"QuantitativeValue\", \"value\": \"480 PX\"}},"
                + " {\"url\": \"https://ex.com/3.jpg\", \"width\": \"2147483647\", \"height\":"
                + " \"1.00000000000000000000\"}],"
                + " \"commentCount\": \"9223372036854775807\"");
    assertThat(article.media())
        .flatExtracting(Media::renditions)
        .extracting(Rendition::width, Rendition::height)
        .containsExactly(tuple(768, 1200), tuple(641, 480), tuple(Integer.MAX_VALUE, 1));
    assertThat(article.engagement().comments()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void numbersOutOfRangeOrNotNumbersAreReportedAndDropped() {
    ReadResult<Article> result =
        read(
            "\"image\": [{\"url\": \"https://ex.com/1.jpg\", \"width\": 2147483648, \"height\":"
                + " \"tall\"}, {\"url\": \"https://ex.com/2.jpg\", \"width\": -2147483649,"
                + " \"height\": \"1.000000000000000000001\"}],"
                + " \"commentCount\": \"9223372036854775808\"");
    assertThat(problems(result))
        .containsExactly(
            "range@/image/0/width: number 2147483648 is too large",
            "type.mismatch@/image/0/height: expected a number, found the string \"tall\"",
            "range@/image/1/width: number -2147483649 is too large",
            "type.mismatch@/image/1/height: expected a number, found the string"
                + " \"1.000000000000000000001\"",
            "type.mismatch@/commentCount: expected a number, found the string"
                + " \"9223372036854775808\"");
    Article article = result.value().orElseThrow();
    assertThat(article.media())
        .flatExtracting(Media::renditions)
        .extracting(Rendition::width, Rendition::height)
        .containsExactly(tuple(null, null), tuple(null, null));
    assertThat(article.engagement()).isNull();
    assertThat(
            read("\"image\": {\"url\": \"https://ex.com/1.jpg\", \"width\": -2147483648}")
                .value()
                .orElseThrow()
                .media()
                .get(0)
                .renditions()
                .get(0)
                .width())
        .isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void relativeUrlThatCannotBeResolvedIsKept() {
    ReadResult<Article> result =
        read("\"url\": \"https://ex.com/news/1\", \"image\": \"/img/a b.jpg\"");
    assertThat(result.value().orElseThrow().media().get(0).renditions().get(0).url())
        .isEqualTo("/img/a b.jpg");
  }

  @Test
  void typeMismatchMessagesDescribeTheValueFound() {
    ReadResult<Article> result =
        read(
            "\"alternativeHeadline\": [[\"nested\"], 12.5], \"description\": false,"
                + " \"articleSection\": [[1]], \"dateline\": 7,"
                + " \"image\": [[\"https://ex.com/a.jpg\"]],"
                + " \"isBasedOn\": [3, {\"@type\": \"CreativeWork\"}]");
    assertThat(problems(result))
        .containsExactly(
            "type.mismatch@/alternativeHeadline/1: expected text, found the number 12.5",
            "type.mismatch@/description: expected text, found the boolean false",
            "type.mismatch@/dateline: expected text, found the number 7",
            "type.mismatch@/isBasedOn/0: expected a URL or a CreativeWork object, found the number 3",
            "jsonld.name.missing@/isBasedOn/1: source without a name is skipped",
            "type.mismatch@/image/0: expected an image URL or an ImageObject, found an array");
  }

  @Test
  void longStringsAreAbbreviatedInMessages() {
    String forty = "x".repeat(40);
    assertThat(
            problems(
                read(
                    "\"image\": {\"url\": \"https://ex.com/a.jpg\", \"width\": \""
                        + forty
                        + "\"}")))
        .containsExactly(
            "type.mismatch@/image/width: expected a number, found the string \"" + forty + "\"");
    assertThat(
            problems(
                read(
                    "\"image\": {\"url\": \"https://ex.com/a.jpg\", \"width\": \""
                        + forty
                        + "y\"}")))
        .containsExactly(
            "type.mismatch@/image/width: expected a number, found the string \"" + forty + "…\"");
  }

  @Test
  void documentsThatAreNotObjectsOrArraysAreDescribed() {
    assertThat(SchemaOrg.defaults().read("null").problems())
        .extracting(JsonProblem::message)
        .containsExactly("expected a JSON-LD object or array, found null");
    assertThat(SchemaOrg.defaults().read("\"text\"").problems())
        .extracting(JsonProblem::message)
        .containsExactly("expected a JSON-LD object or array, found the string \"text\"");
    assertThat(SchemaOrg.defaults().read("true").problems())
        .extracting(JsonProblem::message)
        .containsExactly("expected a JSON-LD object or array, found the boolean true");
    assertThat(SchemaOrg.defaults().read("12").problems())
        .extracting(JsonProblem::message)
        .containsExactly("expected a JSON-LD object or array, found the number 12");
  }

  @Test
  void unknownCountersAreReportedWithTheirType() {
    ReadResult<Article> result =
        read(
            "\"interactionStatistic\": [{\"userInteractionCount\": 5},"
                + " {\"interactionType\": {}, \"userInteractionCount\": 5},"
                + " {\"interactionType\": \"FollowAction\", \"userInteractionCount\": 5},"
                + " {\"interactionType\": {\"@id\": \"https://schema.org/ShareAction\"},"
                + " \"userInteractionCount\": 6}]");
    String rest = " is not one of ReadAction, ShareAction, CommentAction, LikeAction; not kept";
    assertThat(problems(result))
        .containsExactly(
            "jsonld.interaction.unknown@/interactionStatistic/0/interactionType: interaction type"
                + " (none)"
                + rest,
            "jsonld.interaction.unknown@/interactionStatistic/1/interactionType: interaction type"
                + " (none)"
                + rest,
            "jsonld.interaction.unknown@/interactionStatistic/2/interactionType: interaction type"
                + " FollowAction"
                + rest);
    assertThat(result.value().orElseThrow().engagement().shares()).isEqualTo(6L);
  }

  @Test
  void basedOnTakesItsNameAndKindFromTheFirstNamedOwner() {
    Article article =
        read("\"isBasedOn\": [{\"@type\": \"CreativeWork\", \"url\": \"https://ex.com/orig\","
                + " \"publisher\": {\"@type\": \"Organization\"},"
                + " \"author\": {\"@type\": \"Person\", \"name\": \"Jane\","
                + " \"sameAs\": \"https://ex.com/jane\"}},"
                + " {\"@type\": \"CreativeWork\", \"publisher\": 5, \"name\": \"Named work\"},"
                + " {\"@type\": \"CreativeWork\", \"publisher\": \"Wire\","
                + " \"url\": \"https://ex.com/w\"},"
                + " \"mailto:desk@ex.com\"]")
            .value()
            .orElseThrow();
    assertThat(article.sources())
        .extracting(Source::name, Source::kind, Source::uri, Source::url)
        .containsExactly(
            tuple("Jane", PartyKind.PERSON, "https://ex.com/jane", "https://ex.com/orig"),
            tuple("Named work", null, null, null),
            tuple("Wire", null, null, "https://ex.com/w"),
            tuple("mailto:desk@ex.com", null, null, "mailto:desk@ex.com"));
  }

  @Test
  void videoDurationThatIsNotIsoIsAWarning() {
    ReadResult<Article> result =
        read("\"video\": {\"contentUrl\": \"https://ex.com/v.mp4\", \"duration\": \"4 minutes\"}");
    assertThat(problems(result))
        .containsExactly(
            "jsonld.duration@/video/duration: duration \"4 minutes\" is not ISO 8601 like PT4M19S");
    assertThat(result.value().orElseThrow().media().get(0).renditions().get(0).duration()).isNull();
  }
}
