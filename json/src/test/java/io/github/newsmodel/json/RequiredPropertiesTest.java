package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A required property that is missing or null is reported by the structural read itself (no Bean
 * Validation), once, at the pointer of the property, and no article is returned.
 */
class RequiredPropertiesTest {

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static Arguments missing(String members, String pointer, String name) {
    return Arguments.of(members, pointer, "required property '" + name + "' is missing");
  }

  private static Arguments isNull(String members, String pointer, String name) {
    return Arguments.of(members, pointer, "required property '" + name + "' is null");
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        missing("'headline':'h'", "/id", "id"),
        isNull("'id':null,'headline':'h'", "/id", "id"),
        missing(
            "'id':'a','headline':'h','alternateIds':[{'role':'guid'}]",
            "/alternateIds/0/value",
            "value"),
        missing("'id':'a','headline':'h','authors':[{'name':'n'}]", "/authors/0/kind", "kind"),
        isNull(
            "'id':'a','headline':'h','authors':[{'kind':null,'name':'n'}]",
            "/authors/0/kind",
            "kind"),
        missing(
            "'id':'a','headline':'h','publisher':{'kind':'organization'}",
            "/publisher/name",
            "name"),
        missing(
            "'id':'a','headline':'h','sources':[{'url':'https://e.kz'}]",
            "/sources/0/name",
            "name"),
        isNull("'id':'a','headline':'h','sources':[{'name':null}]", "/sources/0/name", "name"),
        missing("'id':'a','headline':'h','entities':[{'name':'n'}]", "/entities/0/kind", "kind"),
        missing(
            "'id':'a','headline':'h','entities':[{'kind':'place'}]", "/entities/0/name", "name"),
        missing(
            "'id':'a','headline':'h','media':[{'kind':'image','id':'m','focalPoint':{'y':0.5}}]",
            "/media/0/focalPoint/x",
            "x"),
        missing(
            "'id':'a','headline':'h','media':[{'kind':'image','id':'m','focalPoint':{'x':0.5}}]",
            "/media/0/focalPoint/y",
            "y"),
        isNull("'id':'a','headline':'h','media':[{'kind':null,'id':'m'}]", "/media/0/kind", "kind"),
        isNull(
            "'id':'a','headline':'h','media':[{'kind':'image','id':'m','renditions':[{'url':null}]}]",
            "/media/0/renditions/0/url",
            "url"),
        missing(
            "'id':'a','headline':'h','shareLinks':[{'url':'https://t.me/share/url?url=x'}]",
            "/shareLinks/0/platform",
            "platform"),
        isNull(
            "'id':'a','headline':'h','shareLinks':[{'platform':null,'url':'https://t.me/s?url=x'}]",
            "/shareLinks/0/platform",
            "platform"),
        missing(
            "'id':'a','headline':'h','shareLinks':[{'platform':'telegram'}]",
            "/shareLinks/0/url",
            "url"),
        missing(
            "'id':'a','headline':'h','followLinks':[{'url':'https://t.me/x'}]",
            "/followLinks/0/service",
            "service"),
        missing("'id':'a','headline':'h','related':[{'headline':'r'}]", "/related/0/url", "url"),
        missing(
            "'id':'a','headline':'h','body':[{'type':'mediaReference'}]",
            "/body/0/mediaId",
            "mediaId"),
        missing("'id':'a','headline':'h','body':[{'type':'embed'}]", "/body/0/url", "url"),
        isNull("'id':'a','headline':'h','body':[{'type':null}]", "/body/0/type", "type"),
        missing(
            "'id':'a','headline':'h','body':[{'type':'paragraph','content':[{'value':'x'}]}]",
            "/body/0/content/0/type",
            "type"),
        isNull(
            "'id':'a','headline':'h','body':[{'type':'paragraph','content':[{'type':null}]}]",
            "/body/0/content/0/type",
            "type"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void aMissingOrNullRequiredPropertyIsReportedWithoutValidation(
      String members, String pointer, String message) {
    ReadResult<Article> result = NewsJson.defaults().read(q("{" + members + "}"));
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(tuple(pointer, "required", message));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void validationAddsNothingAtThePointerOfAMissingProperty(
      String members, String pointer, String message) {
    ReadResult<Article> result = NewsJson.defaults().readAndValidate(q("{" + members + "}"));
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::message)
        .containsOnlyOnce(tuple(pointer, message));
  }

  static Stream<Arguments> customPlatforms() {
    return Stream.of(
        Arguments.of(
            "{'displayName':'My','template':'https://my.example/s?u={url}'}",
            "/shareLinks/0/platform/id",
            "id"),
        Arguments.of(
            "{'id':'myshare','template':'https://my.example/s?u={url}'}",
            "/shareLinks/0/platform/displayName",
            "displayName"),
        Arguments.of(
            "{'id':'myshare','displayName':'My'}", "/shareLinks/0/platform/template", "template"));
  }

  @ParameterizedTest
  @MethodSource("customPlatforms")
  void aCustomPlatformNamesTheRequiredPropertyItLacks(
      String platform, String pointer, String name) {
    ReadResult<Article> result =
        NewsJson.defaults()
            .read(
                q(
                    "{'id':'a','headline':'h','shareLinks':[{'platform':"
                        + platform
                        + ",'url':'https://my.example/s?u=x'}]}"));
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(tuple(pointer, "required", "required property '" + name + "' is missing"));
  }
}
