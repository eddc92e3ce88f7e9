package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The known property names of an object type: positions, bit masks and their limits. */
class FieldsTest {

  private static String[] names(int count) {
    return IntStream.range(0, count).mapToObj(i -> "f" + i).toArray(String[]::new);
  }

  @Test
  void everyNameHasItsPositionAndUnknownNamesHaveNone() {
    for (int count : new int[] {1, 2, 3, 4, 5, 17, 64}) {
      Fields fields = Fields.of(names(count));
      for (int i = 0; i < count; i++) {
        assertThat(fields.indexOf(new String("f" + i))).isEqualTo(i);
        assertThat(fields.matcher().matchName("f" + i)).isEqualTo(i);
      }
      assertThat(fields.indexOf("g")).isEqualTo(-1);
      assertThat(fields.indexOf("f" + count)).isEqualTo(-1);
      assertThat(fields.names()).containsExactly(names(count));
    }
  }

  @Test
  void aPositionConstantThatDoesNotMatchItsNameFailsWhenTheReaderLoads() {
    Fields fields = Fields.builder().field(0, "type").field(1, "value").build();

    assertThat(fields.names()).containsExactly("type", "value");
    assertThat(fields.indexOf("value")).isEqualTo(1);
    assertThatThrownBy(() -> Fields.builder().field(0, "type").field(0, "value"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("field 'value' is at position 1, not 0");
    assertThatThrownBy(() -> Fields.builder().field(2, "href"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("field 'href' is at position 0, not 2");
  }

  @Test
  void collidingNamesAreStillFound() {
    // "Aa" and "BB" have the same hash code
    Fields fields = Fields.of("Aa", "BB", "x");
    assertThat(fields.indexOf("Aa")).isZero();
    assertThat(fields.indexOf("BB")).isEqualTo(1);
    assertThat(fields.indexOf("x")).isEqualTo(2);
    assertThat(fields.indexOf("C#")).isEqualTo(-1);
  }

  @Test
  void bitsAreOredByPosition() {
    Fields fields = Fields.of(names(64));
    assertThat(fields.bits()).isZero();
    assertThat(fields.bits("f0")).isEqualTo(1L);
    assertThat(fields.bits("f1", "f3")).isEqualTo(0b1010L);
    assertThat(fields.bits("f63")).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> fields.bits("f1", "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a known field: nope");
  }

  @Test
  void moreThanSixtyFourOrDuplicateNamesAreRefused() {
    assertThatThrownBy(() -> Fields.of(names(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an object type has 65 fields; at most 64 fit a bit mask");
    assertThatThrownBy(() -> Fields.of("a", "b", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate field name a");
  }
}
