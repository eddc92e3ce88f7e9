package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A body element that is not an object cannot be built: the problem is reported and no article is
 * returned, although every other part of the document was read.
 */
class BrokenStructureTest {

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static ReadResult<Article> read(String body) {
    return NewsJson.defaults().read(q("{'id':'a','headline':'h','body':" + body + "}"));
  }

  @Test
  void aBlockThatIsNotAnObjectLeavesNoArticle() {
    ReadResult<Article> result = read("[5,{'type':'paragraph'}]");
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(tuple("/body/0", "type.mismatch", "expected object, found integer"));
  }

  @Test
  void anInlineThatIsNotAnObjectLeavesNoArticle() {
    ReadResult<Article> result =
        read("[{'type':'paragraph','content':[{'type':'text','value':'x'},'y']}]");
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple("/body/0/content/1", "type.mismatch", "expected object, found string"));
  }

  @Test
  void aListItemThatIsNotAnArrayLeavesNoArticle() {
    ReadResult<Article> result =
        read("[{'type':'list','items':[[{'type':'text','value':'x'}],{'type':'text'}]}]");
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple("/body/0/items/1", "type.mismatch", "expected array of inlines, found object"));
  }

  @Test
  void anUnknownBlockOrInlineTypeLeavesNoArticle() {
    assertThat(read("[{'type':'table'}]").problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/body/0", "value.unknown"));
    assertThat(read("[{'type':'table'}]").value()).isEmpty();
    assertThat(read("[{'type':'quote','content':[{'type':'code','value':'x'}]}]").value())
        .isEmpty();
  }
}
