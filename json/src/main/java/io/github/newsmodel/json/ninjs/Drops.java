package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.validation.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the {@code ninjs.dropped} warnings of a write. */
final class Drops {

  static final String CODE = "ninjs.dropped";

  private Drops() {}

  static void ifPresent(
      @Nullable Object value, String pointer, String what, List<JsonProblem> dropped) {
    if (value != null) {
      add(pointer, what, dropped);
    }
  }

  static void add(String pointer, String what, List<JsonProblem> dropped) {
    dropped.add(
        new JsonProblem(
            pointer,
            CODE,
            Severity.WARNING,
            what + " has no place in ninjs and was not written",
            0,
            0));
  }
}
