package io.github.newsmodel.body;

import static io.github.newsmodel.fixtures.Reports.assertNoProblems;
import static io.github.newsmodel.fixtures.Reports.assertOnlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Inline.Link;
import io.github.newsmodel.body.Inline.Style;
import io.github.newsmodel.body.Inline.Styled;
import io.github.newsmodel.body.Inline.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyTest {

  private static Article articleWith(Block block) {
    return Article.builder("id", "h").addBlock(block).build();
  }

  // --- Paragraph ---

  @Test
  void paragraphOfTextHoldsOneTextInline() {
    Paragraph p = Paragraph.of("Казахстан принял участие.");

    assertThat(p.content()).containsExactly(new Text("Казахстан принял участие."));
    assertThat(p.plainText()).isEqualTo("Казахстан принял участие.");
  }

  @Test
  void paragraphOfInlinesJoinsTheirPlainText() {
    Paragraph p =
        Paragraph.of(
            Inline.text("Подробнее на "),
            Inline.link("https://el.kz/", Inline.strong("El.kz")),
            Inline.lineBreak(),
            Inline.emphasis(Inline.text("конец")));

    assertThat(p.plainText()).isEqualTo("Подробнее на El.kz\nконец");
    assertNoProblems(p);
  }

  @Test
  void paragraphCopiesItsContentAndReturnsAnUnmodifiableList() {
    List<Inline> content = new ArrayList<>(List.of(Inline.text("a")));
    Paragraph p = new Paragraph(content);
    content.add(Inline.text("b"));

    assertThat(p.content()).containsExactly(Inline.text("a"));
    assertThatThrownBy(() -> p.content().add(Inline.text("c")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void paragraphVarargsArrayChangedAfterwardsDoesNotChangeIt() {
    Inline[] content = {Inline.text("a"), Inline.text("b")};
    Paragraph p = Paragraph.of(content);
    content[0] = Inline.text("x");

    assertThat(p.plainText()).isEqualTo("ab");
  }

  @Test
  void paragraphNullsAreRejectedNamingFieldOrIndex() {
    assertThatThrownBy(() -> new Paragraph(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("content");
    assertThatThrownBy(() -> new Paragraph(Arrays.asList(Inline.text("a"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("content[1]");
    assertThatThrownBy(() -> Paragraph.of(Inline.text("a"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("content[1]");
    assertThatThrownBy(() -> Paragraph.of((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  // --- Heading ---

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 6})
  void headingLevelsTwoToSixAreAccepted(int level) {
    assertNoProblems(articleWith(Heading.of(level, "Итоги")));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 0, -2})
  void headingLevelOutsideTwoToSixIsRejected(int level) {
    assertOnlyError(articleWith(Heading.of(level, "Итоги")), "body[0].level", "range");
  }

  @Test
  void headingHoldsItsLevelAndText() {
    Heading h = Heading.of(3, "Итоги");

    assertThat(h.level()).isEqualTo(3);
    assertThat(h.plainText()).isEqualTo("Итоги");
    assertThat(new Heading(h.level(), h.content())).isEqualTo(h);
    assertThatThrownBy(() -> new Heading(2, Arrays.asList((Inline) null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("content[0]");
    assertThatThrownBy(() -> h.content().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  // --- Quote ---

  @Test
  void quoteHoldsTextAndAttribution() {
    Quote q = Quote.of("Диалог и доверие", "М. Нуртлеу");

    assertThat(q.plainText()).isEqualTo("Диалог и доверие");
    assertThat(q.attribution()).isEqualTo("М. Нуртлеу");
    assertThat(Quote.of("x", null).attribution()).isNull();
    assertNoProblems(articleWith(q));
  }

  @Test
  void quoteAttributionIsChecked() {
    assertOnlyError(
        articleWith(Quote.of("x", "М.\u0000Нуртлеу")), "body[0].attribution", "text.control");
  }

  @Test
  void quoteNullContentIsRejected() {
    assertThatThrownBy(() -> new Quote(null, "a"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("content");
  }

  // --- ListBlock ---

  @Test
  void listBlockHoldsItemsInOrder() {
    ListBlock list = ListBlock.of(true, "первый", "второй");

    assertThat(list.ordered()).isTrue();
    assertThat(list.items()).hasSize(2);
    assertThat(list.plainText()).isEqualTo("первый\nвторой");
    assertNoProblems(articleWith(list));
  }

  @Test
  void listBlockCopiesItemsDeeply() {
    List<Inline> item = new ArrayList<>(List.of(Inline.text("a")));
    List<List<Inline>> items = new ArrayList<>(List.of(item));
    ListBlock list = new ListBlock(false, items);
    item.add(Inline.text("b"));
    items.add(List.of(Inline.text("c")));

    assertThat(list.plainText()).isEqualTo("a");
    assertThatThrownBy(() -> list.items().add(List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.items().get(0).add(Inline.text("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listBlockNullsAreRejectedNamingTheIndex() {
    assertThatThrownBy(() -> new ListBlock(false, Arrays.asList(List.of(Inline.text("a")), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("items[1]");
    assertThatThrownBy(
            () ->
                new ListBlock(
                    false,
                    List.of(List.of(Inline.text("a")), Arrays.asList(Inline.text("b"), null))))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("items[1][1]");
  }

  @Test
  void listItemTextIsValidatedAtItsPosition() {
    assertOnlyError(
        articleWith(ListBlock.of(false, "ok", "пло\u202Eхо")),
        "body[0].items[1][0].value",
        "text.bidi");
  }

  // --- MediaReference ---

  @Test
  void mediaReferencePointsAtAMediaId() {
    MediaReference ref = MediaReference.of("photo-1");

    assertThat(ref.mediaId()).isEqualTo("photo-1");
    assertThat(ref.plainText()).isEmpty();
    assertNoProblems(articleWith(ref));
  }

  @Test
  void mediaReferenceNeedsANonBlankId() {
    assertThatThrownBy(() -> MediaReference.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("mediaId");
    assertThatThrownBy(() -> MediaReference.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mediaId");
  }

  // --- Embed ---

  @Test
  void embedHoldsUrlProviderAndTitle() {
    Embed embed = new Embed("https://www.youtube.com/watch?v=x", "youtube", "Видео");

    assertThat(embed.url()).isEqualTo("https://www.youtube.com/watch?v=x");
    assertThat(embed.provider()).isEqualTo("youtube");
    assertThat(embed.title()).isEqualTo("Видео");
    assertThat(embed.plainText()).isEmpty();
    assertThat(Embed.of("https://t.me/x/1", "telegram"))
        .isEqualTo(new Embed("https://t.me/x/1", "telegram", null));
    assertNoProblems(articleWith(embed));
  }

  @Test
  void embedUrlIsRequiredAndChecked() {
    assertThatThrownBy(() -> Embed.of(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("url");
    assertOnlyError(articleWith(Embed.of("javascript:alert(1)", "x")), "body[0].url", "url.scheme");
    assertOnlyError(
        articleWith(new Embed("https://t.me/x/1", null, "a\u0001")),
        "body[0].title",
        "text.control");
  }

  // --- Inlines ---

  @Test
  void javascriptHrefInABodyLinkIsRejected() {
    Article article =
        articleWith(Paragraph.of(Inline.link("javascript:alert(1)", Inline.text("жми"))));

    assertOnlyError(article, "body[0].content[0].href", "url.scheme");
  }

  @Test
  void mailtoHrefInABodyLinkIsAccepted() {
    assertNoProblems(
        articleWith(Paragraph.of(Inline.link("mailto:press@mfa.kz", Inline.text("пресс-служба")))));
  }

  @Test
  void brokenMailtoHrefIsRejected() {
    assertOnlyError(
        articleWith(Paragraph.of(Inline.link("mailto:нет-адреса", Inline.text("x")))),
        "body[0].content[0].href",
        "url.mailto");
  }

  @Test
  void nestedInlineTextIsValidatedAtItsPath() {
    Article article =
        articleWith(
            Paragraph.of(
                Inline.text("ok"), Inline.link("https://el.kz/", Inline.strong("El\u202E.kz"))));

    assertOnlyError(article, "body[0].content[1].content[0].content[0].value", "text.bidi");
  }

  @Test
  void inlineFactoriesBuildTheRecords() {
    assertThat(Inline.text("a")).isEqualTo(new Text("a"));
    assertThat(Inline.strong("a")).isEqualTo(new Styled(Style.STRONG, List.of(new Text("a"))));
    assertThat(Inline.emphasis(Inline.text("a")).style()).isEqualTo(Style.EMPHASIS);
    assertThat(Inline.link("https://x.kz", Inline.text("a")))
        .isEqualTo(new Link("https://x.kz", List.of(new Text("a"))));
    assertThat(Inline.lineBreak()).isSameAs(Inline.lineBreak());
    assertThat(Inline.lineBreak().plainText()).isEqualTo("\n");
  }

  @Test
  void inlineNullsAreRejectedNamingFieldOrIndex() {
    assertThatThrownBy(() -> Inline.text(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> Inline.link(null, Inline.text("a")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("href");
    assertThatThrownBy(() -> Inline.link("https://x.kz", Inline.text("a"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("content[1]");
    assertThatThrownBy(() -> Inline.strong((Inline) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("content[0]");
    assertThatThrownBy(() -> new Styled(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("style");
  }

  @Test
  void inlineContentIsCopiedAndUnmodifiable() {
    List<Inline> content = new ArrayList<>(List.of(Inline.text("a")));
    Link link = new Link("https://x.kz", content);
    Styled styled = new Styled(Style.STRONG, content);
    content.clear();

    assertThat(link.plainText()).isEqualTo("a");
    assertThat(styled.plainText()).isEqualTo("a");
    assertThatThrownBy(() -> link.content().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalsContracts() {
    Inline red = Inline.text("red");
    Inline blue = Inline.text("blue");
    EqualsVerifier.forClass(Paragraph.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(Inline.class, red, blue)
        .verify();
    EqualsVerifier.forClass(Heading.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(Inline.class, red, blue)
        .verify();
    EqualsVerifier.forClass(Quote.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(Inline.class, red, blue)
        .verify();
    EqualsVerifier.forClass(ListBlock.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(Inline.class, red, blue)
        .verify();
    EqualsVerifier.forClass(MediaReference.class)
        .withPrefabValuesForField("mediaId", "a", "b")
        .verify();
    EqualsVerifier.forClass(Embed.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Text.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Link.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(Inline.class, red, blue)
        .verify();
    EqualsVerifier.forClass(Styled.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(Inline.class, red, blue)
        .verify();
  }
}
