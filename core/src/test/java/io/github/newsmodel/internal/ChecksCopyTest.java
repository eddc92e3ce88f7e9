package io.github.newsmodel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksCopyTest {

  @Test
  void copyIsUnmodifiableAndDetachedFromTheSource() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    List<String> copy = Checks.copy(source, "keywords");
    source.set(0, "changed");

    assertThat(copy).containsExactly("a", "b");
    assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
    Object[] array = copy.toArray();
    array[0] = "changed";
    assertThat(copy).containsExactly("a", "b");
  }

  @Test
  void aCopyIsSharedNotCopiedAgain() {
    List<String> copy = Checks.copy(List.of("a"), "keywords");

    assertThat(Checks.copy(copy, "keywords")).isSameAs(copy);
    assertThat(Checks.copy(List.of(), "keywords")).isSameAs(Checks.copy(new ArrayList<>(), "x"));
  }

  @Test
  void copyEqualsAnyListWithTheSameElements() {
    List<String> copy = Checks.copy(new LinkedHashSet<>(List.of("a", "b")), "keywords");

    assertThat(copy).isEqualTo(Arrays.asList("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
    assertThat(copy).hasToString("[a, b]");
  }

  @Test
  void searchingANullAnswersNotFoundInsteadOfThrowing() {
    List<String> copy = Checks.copy(List.of("a", "b", "a"), "keywords");

    assertThat(copy.contains(null)).isFalse();
    assertThat(copy.indexOf(null)).isEqualTo(-1);
    assertThat(copy.lastIndexOf(null)).isEqualTo(-1);
    assertThat(copy.contains("b")).isTrue();
    assertThat(copy.contains("c")).isFalse();
    assertThat(copy.indexOf("a")).isZero();
    assertThat(copy.lastIndexOf("a")).isEqualTo(2);
    assertThat(copy.lastIndexOf("c")).isEqualTo(-1);
  }

  @Test
  void rejectsNullElementsNamingTheirIndex() {
    assertThatThrownBy(() -> Checks.copy(Arrays.asList("a", null), "keywords"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("keywords[1] is null; lists must not contain null");
    assertThatThrownBy(
            () -> Checks.copyNested(Arrays.asList(List.of("a"), Arrays.asList("b", null)), "items"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("items[1][1] is null; lists must not contain null");
    assertThatThrownBy(() -> Checks.copyNested(Arrays.asList(List.of("a"), null), "items"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("items[1] is null; lists must not contain null");
  }

  @Test
  void nestedCopyIsSharedOnlyWhenEveryLevelIsACopy() {
    List<List<String>> nested = Checks.copyNested(List.of(List.of("a"), List.of("b")), "items");

    assertThat(nested).containsExactly(List.of("a"), List.of("b"));
    assertThat(Checks.copyNested(nested, "items")).isSameAs(nested);
    assertThat(Checks.copy(nested.get(0), "x")).isSameAs(nested.get(0));
  }

  @Test
  void appendKeepsTheBuildersOwnListAndCopiesAnUnmodifiableOne() {
    List<String> given = Checks.copy(List.of("a"), "keywords");
    List<String> grown = Checks.append(given, "b");

    assertThat(grown).isNotSameAs(given).containsExactly("a", "b");
    assertThat(given).containsExactly("a");
    assertThat(Checks.append(grown, "c")).isSameAs(grown).containsExactly("a", "b", "c");
  }
}
