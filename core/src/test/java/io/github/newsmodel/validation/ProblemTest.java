package io.github.newsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void keepsItsComponents() {
    Problem p = new Problem("media[0].width", "range", Severity.ERROR, "must be positive");
    assertThat(p.path()).isEqualTo("media[0].width");
    assertThat(p.code()).isEqualTo("range");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.message()).isEqualTo("must be positive");
    assertThat(p.isError()).isTrue();
  }

  @Test
  void rejectsNullComponents() {
    assertThatThrownBy(() -> new Problem(null, "c", Severity.ERROR, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("path");
    assertThatThrownBy(() -> new Problem("", null, Severity.ERROR, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> new Problem("", "c", null, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("severity");
    assertThatThrownBy(() -> new Problem("", "c", Severity.ERROR, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("message");
  }

  @Test
  void rejectsBlankCode() {
    assertThatThrownBy(() -> new Problem("title", " ", Severity.ERROR, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-blank")
        .hasMessageContaining("title");
  }

  @Test
  void toStringShowsSeverityPathCodeAndMessage() {
    assertThat(new Problem("", "dates.order", Severity.WARNING, "x").toString())
        .isEqualTo("WARNING <root> [dates.order]: x");
    assertThat(new Problem("a.b", "required", Severity.ERROR, "is required").toString())
        .isEqualTo("ERROR a.b [required]: is required");
  }

  @Test
  void equalsAndHashCodeFollowComponents() {
    EqualsVerifier.forClass(Problem.class)
        .withNonnullFields("path", "code", "severity", "message")
        .verify();
  }
}
