package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/** The limits builder: positive values only, copies, equality and text. */
class JsonLimitsTest {

  private static final JsonLimits CUSTOM =
      JsonLimits.builder()
          .maxDocumentBytes(11)
          .maxDepth(12)
          .maxStringLength(13)
          .maxNumberLength(14)
          .maxArrayLength(15)
          .maxProblems(16)
          .maxPropertyNameLength(17)
          .build();

  @Test
  void builderKeepsEveryLimitItWasGiven() {
    assertThat(CUSTOM.maxDocumentBytes()).isEqualTo(11);
    assertThat(CUSTOM.maxDepth()).isEqualTo(12);
    assertThat(CUSTOM.maxStringLength()).isEqualTo(13);
    assertThat(CUSTOM.maxNumberLength()).isEqualTo(14);
    assertThat(CUSTOM.maxArrayLength()).isEqualTo(15);
    assertThat(CUSTOM.maxProblems()).isEqualTo(16);
    assertThat(CUSTOM.maxPropertyNameLength()).isEqualTo(17);
  }

  @Test
  void toBuilderCopiesEveryLimit() {
    assertThat(CUSTOM.toBuilder().build()).isEqualTo(CUSTOM).hasSameHashCodeAs(CUSTOM);
    assertThat(JsonLimits.defaults().toBuilder().build()).isEqualTo(JsonLimits.defaults());
    assertThat(CUSTOM.toBuilder().maxDepth(99).build()).isNotEqualTo(CUSTOM);
  }

  @Test
  void acceptsOneAsTheSmallestLimit() {
    JsonLimits ones =
        JsonLimits.builder()
            .maxDocumentBytes(1)
            .maxDepth(1)
            .maxStringLength(1)
            .maxNumberLength(1)
            .maxArrayLength(1)
            .maxProblems(1)
            .maxPropertyNameLength(1)
            .build();
    assertThat(ones.maxDocumentBytes()).isEqualTo(1);
    assertThat(ones.maxPropertyNameLength()).isEqualTo(1);
  }

  @Test
  void rejectsZeroAndNegativeLimitsNamingTheLimit() {
    assertRejected("maxDocumentBytes", b -> b.maxDocumentBytes(0));
    assertRejected("maxDepth", b -> b.maxDepth(0));
    assertRejected("maxStringLength", b -> b.maxStringLength(-1));
    assertRejected("maxNumberLength", b -> b.maxNumberLength(0));
    assertRejected("maxArrayLength", b -> b.maxArrayLength(0));
    assertRejected("maxProblems", b -> b.maxProblems(0));
    assertRejected("maxPropertyNameLength", b -> b.maxPropertyNameLength(0));
  }

  private static void assertRejected(String name, Consumer<JsonLimits.Builder> setter) {
    assertThatThrownBy(() -> setter.accept(JsonLimits.builder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("JsonLimits." + name + " is ")
        .hasMessageEndingWith("expected a positive value");
  }

  @Test
  void equalityComparesEveryLimit() {
    EqualsVerifier.forClass(JsonLimits.class).verify();
  }

  @Test
  void toStringNamesEveryLimitWithItsValue() {
    assertThat(CUSTOM)
        .hasToString(
            "JsonLimits{maxDocumentBytes=11, maxDepth=12, maxStringLength=13, maxNumberLength=14,"
                + " maxArrayLength=15, maxProblems=16, maxPropertyNameLength=17}");
  }
}
