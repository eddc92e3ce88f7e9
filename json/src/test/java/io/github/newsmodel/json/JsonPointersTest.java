package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 6901 escaping and the mapping of validator property paths to JSON Pointers. */
class JsonPointersTest {

  @Test
  void escapeLeavesPlainSegmentsAlone() {
    assertThat(JsonPointers.escape("headline")).isEqualTo("headline");
    assertThat(JsonPointers.escape("")).isEmpty();
    assertThat(JsonPointers.escape("/")).isEqualTo("~1");
    assertThat(JsonPointers.escape("~")).isEqualTo("~0");
    assertThat(JsonPointers.escape("a/b/c")).isEqualTo("a~1b~1c");
  }

  @Test
  void unescapeReversesEscape() {
    assertThat(JsonPointers.unescape("plain")).isEqualTo("plain");
    assertThat(JsonPointers.unescape("~01")).isEqualTo("~1");
    assertThat(JsonPointers.unescape("~1~0x")).isEqualTo("/~x");
    for (String segment : new String[] {"~", "/", "a~/b", "~~//", "é~1"}) {
      assertThat(JsonPointers.unescape(JsonPointers.escape(segment))).isEqualTo(segment);
    }
  }

  @Test
  void unescapeRejectsATildeNotFollowedByZeroOrOne() {
    assertThatThrownBy(() -> JsonPointers.unescape("ab~2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JSON Pointer token 'ab~2' has '~' at 2; expected '~0' or '~1'");
    assertThatThrownBy(() -> JsonPointers.unescape("a~"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has '~' at 1");
  }

  @Test
  void appendEscapesNamesAndAddsIndexes() {
    assertThat(JsonPointers.append("", "a/b")).isEqualTo("/a~1b");
    assertThat(JsonPointers.append("/media", 3)).isEqualTo("/media/3");
  }

  @Test
  void tokensSplitAPointerIntoUnescapedTokens() {
    assertThat(JsonPointers.tokens("")).isEmpty();
    assertThat(JsonPointers.tokens("/")).containsExactly("");
    assertThat(JsonPointers.tokens("/a//b/")).containsExactly("a", "", "b", "");
    assertThatThrownBy(() -> JsonPointers.tokens("a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a/b' does not start with '/'");
  }

  @Test
  void propertyPathKeysMayContainClosingBrackets() {
    assertThat(JsonPointers.fromPropertyPath("extensions[a]b]")).isEqualTo("/a]b");
    assertThat(JsonPointers.fromPropertyPath("extensions[a]b].x")).isEqualTo("/a]b/x");
    assertThat(JsonPointers.fromPropertyPath("extensions[a]b][0]")).isEqualTo("/a]b/0");
  }

  @Test
  void propertyPathWithAnUnclosedBracketKeepsTheRestAsTheKey() {
    assertThat(JsonPointers.fromPropertyPath("media[3")).isEqualTo("/media/3");
  }

  @Test
  void onlyAPropertyNamedExtensionsIsFoldedIntoItsParent() {
    assertThat(JsonPointers.fromPropertyPath("myextensions[k]")).isEqualTo("/myextensions/k");
    assertThat(JsonPointers.fromPropertyPath("a.extensions[k]")).isEqualTo("/a/k");
    assertThat(JsonPointers.fromPropertyPath("headline")).isEqualTo("/headline");
    assertThat(JsonPointers.fromPropertyPath("a/b.c")).isEqualTo("/a~1b/c");
  }
}
