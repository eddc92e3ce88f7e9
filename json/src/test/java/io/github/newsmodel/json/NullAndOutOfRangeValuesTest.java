package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.media.Rendition;
import org.junit.jupiter.api.Test;

/**
 * {@code null} leaves an optional number or boolean absent; a number out of range is reported and
 * leaves it absent too, so that validation finds nothing more to say about it.
 */
class NullAndOutOfRangeValuesTest {

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static ReadResult<Article> validate(String members) {
    return NewsJson.defaults().readAndValidate(q("{'id':'a','headline':'h'," + members + "}"));
  }

  private static Rendition rendition(ReadResult<Article> result) {
    return result.value().orElseThrow().media().get(0).renditions().get(0);
  }

  @Test
  void nullNumbersAndBooleansAreAbsent() {
    ReadResult<Article> result =
        validate(
            "'urgency':null,'engagement':{'views':null,'shares':3},"
                + "'entities':[{'kind':'place','name':'n','relevance':null}],"
                + "'media':[{'kind':'image','id':'m','renditions':[{'url':'https://e.kz/a.jpg',"
                + "'width':null,'sizeBytes':null,'frameRate':null,'bitrate':null}]}],"
                + "'body':[{'type':'list','ordered':null,'items':[]}]");
    assertThat(result.problems()).isEmpty();
    Article article = result.value().orElseThrow();
    assertThat(article.urgency()).isNull();
    assertThat(article.engagement().views()).isNull();
    assertThat(article.engagement().shares()).isEqualTo(3);
    assertThat(article.entities().get(0).relevance()).isNull();
    Rendition rendition = rendition(result);
    assertThat(rendition.width()).isNull();
    assertThat(rendition.sizeBytes()).isNull();
    assertThat(rendition.frameRate()).isNull();
    assertThat(rendition.bitrate()).isNull();
    assertThat(article.body().get(0))
        .isInstanceOfSatisfying(ListBlock.class, list -> assertThat(list.ordered()).isFalse());
  }

  @Test
  void anIntegerBeyondALongIsReportedAndLeftOut() {
    ReadResult<Article> result =
        validate("'engagement':{'views':1,'shares':99999999999999999999,'comments':2}");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "/engagement/shares",
                "number.range",
                "integer 99999999999999999999 is out of range; expected -9223372036854775808 to"
                    + " 9223372036854775807"));
    assertThat(result.value().orElseThrow().engagement().shares()).isNull();
    assertThat(result.value().orElseThrow().engagement().comments()).isEqualTo(2);
  }

  @Test
  void anIntegerBeyondAnIntIsReportedAndLeftOut() {
    ReadResult<Article> result =
        validate(
            "'urgency':4294967297,'media':[{'kind':'image','id':'m','renditions':"
                + "[{'url':'https://e.kz/a.jpg','width':2147483648,'height':2147483647}]}]");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "/urgency",
                "number.range",
                "integer 4294967297 is out of range; expected -2147483648 to 2147483647"),
            tuple(
                "/media/0/renditions/0/width",
                "number.range",
                "integer 2147483648 is out of range; expected -2147483648 to 2147483647"));
    assertThat(result.value().orElseThrow().urgency()).isNull();
    assertThat(rendition(result).width()).isNull();
    assertThat(rendition(result).height()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aNumberBeyondADoubleIsReportedAndLeftOut() {
    ReadResult<Article> result =
        validate(
            "'media':[{'kind':'image','id':'m','renditions':[{'url':'https://e.kz/a.jpg',"
                + "'frameRate':1e400,'width':3}]}]");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "/media/0/renditions/0/frameRate",
                "number.range",
                "number 1e400 is out of range; expected a finite double"));
    assertThat(rendition(result).frameRate()).isNull();
    assertThat(rendition(result).width()).isEqualTo(3);
  }

  @Test
  void anArrayElementProblemHasTheLineAndColumnOfTheElement() {
    ReadResult<Article> result =
        NewsJson.defaults()
            .read(q("{'id':'a',\n 'headline':'h',\n 'keywords': ['ok',\n    5,\n  'fine']}"));
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::line, JsonProblem::column)
        .containsExactly(tuple("/keywords/1", "type.mismatch", 4, 5));
  }
}
