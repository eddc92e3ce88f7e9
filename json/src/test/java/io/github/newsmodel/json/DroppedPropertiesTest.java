package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.validation.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that an object without an extension bag does not define, and properties of another
 * block or inline variant, are dropped with a warning (an error in strict mode), their values
 * skipped whole.
 */
class DroppedPropertiesTest {

  private static final NewsJson STRICT = NewsJson.builder().mode(ReadMode.STRICT).build();

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  static Stream<Arguments> unknownProperties() {
    return Stream.of(
        Arguments.of(
            "'body':[{'type':'paragraph','color':{'content':[1]}}]",
            "/body/0/color",
            "a body block"),
        Arguments.of(
            "'body':[{'type':'paragraph','content':[{'type':'text','color':['x'],'value':'v'}]}]",
            "/body/0/content/0/color",
            "an inline"),
        Arguments.of(
            "'shareLinks':[{'platform':'telegram','color':{'url':1},"
                + "'url':'https://t.me/share/url?url=x'}]",
            "/shareLinks/0/color",
            "a share link"),
        Arguments.of(
            "'shareLinks':[{'platform':{'id':'myshare','color':['id'],'displayName':'My',"
                + "'template':'https://my.example/s?u={url}'},'url':'https://my.example/s?u=x'}]",
            "/shareLinks/0/platform/color",
            "a share platform"),
        Arguments.of(
            "'media':[{'kind':'image','id':'m','focalPoint':{'x':0.5,'z':{'y':2},'y':0.5}}]",
            "/media/0/focalPoint/z",
            "a focal point"),
        Arguments.of(
            "'alternateIds':[{'color':[{'value':1}],'value':'v'}]",
            "/alternateIds/0/color",
            "an alternate id"),
        Arguments.of("'genres':[{'name':'g','color':{'code':1}}]", "/genres/0/color", "a genre"));
  }

  @ParameterizedTest
  @MethodSource("unknownProperties")
  void anUnknownPropertyOfAnObjectWithoutABagIsDroppedWithAWarning(
      String members, String pointer, String type) {
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    String doc = q("{'id':'a'," + members + ",'headline':'h'}");
    ReadResult<Article> lenient = NewsJson.defaults().readAndValidate(doc);
    assertThat(lenient.problems())
        .extracting(JsonProblem::pointer, JsonProblem::severity, JsonProblem::message)
        .containsExactly(
            tuple(
                pointer,
                Severity.WARNING,
                "property '"
                    + name
                    + "' is not part of "
                    + type
                    + "; it has no extension bag, so the value is dropped"));
    assertThat(lenient.value()).hasValueSatisfying(a -> assertThat(a.headline()).isEqualTo("h"));

    ReadResult<Article> strict = STRICT.read(doc);
    assertThat(strict.problems())
        .extracting(JsonProblem::pointer, JsonProblem::severity)
        .containsExactly(tuple(pointer, Severity.ERROR));
  }

  static Stream<Arguments> otherVariants() {
    return Stream.of(
        Arguments.of(
            "{'type':'heading','level':2,'attribution':'a'}", "/body/0/attribution", "heading"),
        Arguments.of("{'type':'quote','level':2}", "/body/0/level", "quote"),
        Arguments.of("{'type':'list','items':[],'content':[]}", "/body/0/content", "list"),
        Arguments.of(
            "{'type':'mediaReference','mediaId':'m','url':'https://e.kz'}",
            "/body/0/url",
            "mediaReference"),
        Arguments.of(
            "{'type':'embed','url':'https://e.kz/v','title':'t','mediaId':'m'}",
            "/body/0/mediaId",
            "embed"),
        Arguments.of(
            "{'type':'paragraph','content':[{'type':'link','href':'https://e.kz','value':'v'}]}",
            "/body/0/content/0/value",
            "link"),
        Arguments.of(
            "{'type':'paragraph','content':[{'type':'strong','href':'https://e.kz'}]}",
            "/body/0/content/0/href",
            "strong"),
        Arguments.of(
            "{'type':'paragraph','content':[{'type':'strong','value':'v'}]}",
            "/body/0/content/0/value",
            "strong"),
        Arguments.of(
            "{'type':'paragraph','content':[{'type':'emphasis','value':'v'}]}",
            "/body/0/content/0/value",
            "emphasis"),
        Arguments.of(
            "{'type':'paragraph','content':[{'type':'emphasis','href':'https://e.kz'}]}",
            "/body/0/content/0/href",
            "emphasis"));
  }

  @ParameterizedTest
  @MethodSource("otherVariants")
  void aPropertyOfAnotherVariantIsDropped(String block, String pointer, String variant) {
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    String doc = q("{'id':'a','headline':'h','body':[" + block + "]}");
    ReadResult<Article> lenient = NewsJson.defaults().read(doc);
    assertThat(lenient.problems())
        .extracting(JsonProblem::pointer, JsonProblem::severity, JsonProblem::message)
        .containsExactly(
            tuple(
                pointer,
                Severity.WARNING,
                "property '"
                    + name
                    + "' is not part of a '"
                    + variant
                    + "'; the value is dropped"));
    assertThat(lenient.value().orElseThrow().body()).hasSize(1);
    assertThat(STRICT.read(doc).problems())
        .extracting(JsonProblem::pointer, JsonProblem::severity)
        .containsExactly(tuple(pointer, Severity.ERROR));
  }
}
