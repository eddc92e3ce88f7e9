package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the writer puts in a document: every optional property and every extension property. */
class WrittenDocumentTest {

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  /** A compact document in the documented order, with optional values and extensions everywhere. */
  private static final String FULL =
      q(
          "{'formatVersion':'1.0','id':'a','headline':'h',"
              + "'body':[{'type':'embed','url':'https://www.youtube.com/embed/x',"
              + "'provider':'youtube','title':'Видео'}],"
              + "'authors':[{'kind':'person','name':'Айгуль','role':'тілші','url':'https://e.kz/a',"
              + "'uri':'https://orcid.org/0000-0002-1825-0097','jobTitle':'j',"
              + "'logoUrl':'https://e.kz/l.png','x-a':1}],"
              + "'sources':[{'name':'El.kz','roles':['relayedFrom'],'url':'https://el.kz',"
              + "'uri':'urn:src:el','kind':'organization','x-s':[1e5,2.50,-0,1E+2,-1.5e-3]}],"
              + "'entities':[{'kind':'place','name':'Астана',"
              + "'uri':'https://www.wikidata.org/wiki/Q1520','code':'c','rel':'about',"
              + "'relevance':90,'confidence':75,'creator':'tagger','language':'kk',"
              + "'x-e':{'a':null}}],"
              + "'engagement':{'views':1,'shares':2,'comments':3,'reactions':4,"
              + "'asOf':'2024-03-02T09:00:00+05:00','x-g':true},"
              + "'rights':{'copyrightHolder':'h','copyrightNotice':'© 2024','usageTerms':'u',"
              + "'rightsUrl':'https://e.kz/rights','x-r':'r'},"
              + "'media':[{'kind':'image','id':'m','creator':{'kind':'person','name':'c',"
              + "'uri':'urn:c'},'renditions':[{'url':'https://e.kz/a.jpg'}],"
              + "'focalPoint':{'x':0.5,'y':0.25},'x-m':[]}],"
              + "'related':[{'url':'https://e.kz/r','headline':'r','rel':'seeAlso','id':'r1',"
              + "'x-l':{}}],"
              + "'x-top':false}");

  @Test
  void aDocumentInTheDocumentedOrderIsWrittenBackAsItWas() {
    ReadResult<Article> result = NewsJson.defaults().readAndValidate(FULL);
    assertThat(result.problems()).isEmpty();
    assertThat(NewsJson.defaults().write(result.value().orElseThrow())).isEqualTo(FULL);
  }

  @Test
  void extensionNumbersAreWrittenAsTheyWereRead() {
    Article article =
        Article.builder("a", "h")
            .extensions(
                Extensions.of(
                    Map.of(
                        "x-n",
                        JsonValue.array(
                            List.of(
                                JsonValue.number("1e5"),
                                JsonValue.number("-0"),
                                JsonValue.number("2.50E-3"))))))
            .build();
    assertThat(NewsJson.defaults().write(article)).endsWith(q(",'x-n':[1e5,-0,2.50E-3]}"));
  }

  @Test
  void anExtensionNamedLikeTheFirstNativePropertyIsRefused() {
    Article article =
        Article.builder("a", "h")
            .extensions(Extensions.of(Map.of("formatVersion", JsonValue.string("2.0"))))
            .build();
    assertThatThrownBy(() -> NewsJson.defaults().write(article))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "extension property 'formatVersion' of the article has the name of a native property;"
                + " expected a name the format does not define");
    Party author =
        Party.builder(PartyKind.PERSON, "n")
            .extensions(Extensions.of(Map.of("kind", JsonValue.string("robot"))))
            .build();
    assertThatThrownBy(
            () -> NewsJson.defaults().write(Article.builder("a", "h").addAuthor(author).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("extension property 'kind' of a party ");
  }
}
