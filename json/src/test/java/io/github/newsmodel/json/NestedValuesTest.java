package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After any nested value has been read, the reader is back in the enclosing object: a property
 * repeated around it is still a duplicate, and later problems point to their own property.
 */
class NestedValuesTest {

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'body':[{'type':'paragraph','content':[{'type':'text','value':'x'},"
            + "{'type':'strong','content':[{'type':'text','value':'y'}]}]},"
            + "{'type':'list','ordered':true,'items':[[{'type':'text','value':'a'}],"
            + "[{'type':'lineBreak'}]]},{'type':'heading','level':2},"
            + "{'type':'mediaReference','mediaId':'m'},{'type':'embed','url':'https://e.kz/v'}]",
        "'authors':[{'kind':'person','name':'n','x-a':{'b':[1]}},{'kind':'person','name':'o'}]",
        "'publisher':{'kind':'organization','name':'p','url':'https://e.kz'}",
        "'sources':[{'name':'s','roles':['originator'],'kind':'organization'}]",
        "'entities':[{'kind':'place','name':'Астана','relevance':5},{'kind':'event','name':'e'}]",
        "'genres':[{'name':'g','code':'c'},{'uri':'https://cv.iptc.org/g'}]",
        "'alternateIds':[{'role':'guid','value':'v'},{'value':'w'}]",
        "'engagement':{'views':1,'shares':2,'asOf':'2024-03-02T09:00:00+05:00'}",
        "'rights':{'copyrightHolder':'c','usageTerms':'u'}",
        "'media':[{'kind':'image','id':'m','creator':{'kind':'person','name':'c'},"
            + "'renditions':[{'url':'https://e.kz/a.jpg','width':2,'height':1}],"
            + "'focalPoint':{'x':0.5,'y':0.25},'title':'t'}]",
        "'shareLinks':[{'platform':{'id':'myshare','displayName':'My',"
            + "'template':'https://my.example/share?u={url}','hosts':['cdn.my.example']},"
            + "'url':'https://my.example/share?u=x'},"
            + "{'platform':'telegram','url':'https://t.me/share/url?url=x'}]",
        "'followLinks':[{'service':'telegram','url':'https://t.me/x','label':'l'}]",
        "'related':[{'url':'https://e.kz/r','headline':'r','x-a':[1,2]},{'url':'https://e.kz/s'}]",
        "'keywords':['a','b']",
        "'x-e':{'k':[1,{'m':null}],'n':{}}",
        "'x-a':[[1],{'b':2},[]]"
      })
  void aPropertyRepeatedAfterANestedValueIsADuplicate(String nested) {
    String doc =
        q(
            "{'version':'1','id':'a',\n"
                + nested
                + ",\n'version':'2','headline':'h','urgency':'high'}");
    ReadResult<Article> result = NewsJson.defaults().read(doc);
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::line)
        .containsExactly(
            tuple("/version", "property.duplicate", 3), tuple("/urgency", "type.mismatch", 3));
    assertThat(result.value().orElseThrow().version()).isEqualTo("1");
    assertThat(result.value().orElseThrow().headline()).isEqualTo("h");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'body':[{'type':'paragraph'},{'type':'quote','attribution':5}]|/body/1/attribution",
        "'body':[{'type':'list','items':[[],[{'type':'text','value':'a'},"
            + "{'type':'text','value':7}]]}]|/body/0/items/1/1/value",
        "'rights':{'copyrightHolder':'c','usageTerms':5}|/rights/usageTerms",
        "'genres':[{'name':'g','code':5}]|/genres/0/code",
        "'related':[{'url':'https://e.kz/r','headline':5}]|/related/0/headline",
        "'media':[{'kind':'image','id':'m','focalPoint':{'x':0.5,'y':'top'}}]"
            + "|/media/0/focalPoint/y",
        "'shareLinks':[{'platform':{'id':'myshare','displayName':5,"
            + "'template':'https://my.example/share?u={url}'},'url':'https://my.example/s'}]"
            + "|/shareLinks/0/platform/displayName"
      })
  void aProblemAfterTheFirstPropertyOfANestedValuePointsToItsOwnProperty(String spec) {
    String[] parts = spec.split("\\|");
    ReadResult<Article> result =
        NewsJson.defaults().read(q("{'id':'a','headline':'h'," + parts[0] + ",'urgency':'x'}"));
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .startsWith(tuple(parts[1], "type.mismatch"))
        .endsWith(tuple("/urgency", "type.mismatch"));
  }

  private static ReadResult<Article> readWith(String property) {
    return NewsJson.defaults()
        .read(q("{'version':'1','id':'a','headline':'h',\n" + property + "}"));
  }

  @Test
  void aRepeatedPropertyInsideABlockAnInlineOrARenditionIsReportedAndTheFirstKept() {
    ReadResult<Article> inline =
        readWith(
            "'body':[{'type':'paragraph','content':[{'type':'text','value':'x','value':'y'}]}]");
    ReadResult<Article> block =
        readWith("'body':[{'type':'quote','type':'paragraph','content':[{'type':'lineBreak'}]}]");
    ReadResult<Article> rendition =
        readWith(
            "'media':[{'kind':'video','id':'v','renditions':[{'url':'https://e.kz/a.mp4',"
                + "'width':2,'width':3}]}]");

    assertThat(inline.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::line)
        .containsExactly(tuple("/body/0/content/0/value", "property.duplicate", 2));
    assertThat(inline.value().orElseThrow().body()).containsExactly(Paragraph.of(Inline.text("x")));
    assertThat(block.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/body/0/type", "property.duplicate"));
    assertThat(block.value().orElseThrow().body().get(0)).isInstanceOf(Quote.class);
    assertThat(rendition.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/media/0/renditions/0/width", "property.duplicate"));
    assertThat(rendition.value().orElseThrow().media().get(0).renditions().get(0).width())
        .isEqualTo(2);
  }
}
