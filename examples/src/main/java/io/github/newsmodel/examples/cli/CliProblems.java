package io.github.newsmodel.examples.cli;

import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJsonException;
import io.github.newsmodel.json.NewsJsonLimitException;
import io.github.newsmodel.json.NewsJsonValidationException;
import io.github.newsmodel.validation.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The few problems the CLI finds itself, before or instead of the library's reader, with messages
 * in English, Russian and Kazakh.
 */
final class CliProblems {

  private CliProblems() {}

  /**
   * The document is larger than the reader accepts; it was not read past the limit.
   *
   * @param maxBytes the limit in bytes
   * @param locale the message language
   * @return an error at the document with code {@code limit.document}
   */
  static JsonProblem tooLarge(long maxBytes, Locale locale) {
    String message =
        switch (locale.getLanguage()) {
          case "ru" -> "документ больше допустимых " + maxBytes + " байт; дальше он не читался";
          case "kk" -> "құжат рұқсат етілген " + maxBytes + " байттан үлкен; әрі қарай оқылмады";
          default ->
              "the document is larger than the allowed "
                  + maxBytes
                  + " bytes; it was not read further";
        };
    return JsonProblem.error("", "limit.document", message);
  }

  /**
   * The reader returned neither an article nor an error explaining why.
   *
   * @param locale the message language
   * @return an error at the document with code {@code value.missing}
   */
  static JsonProblem noArticle(Locale locale) {
    String message =
        switch (locale.getLanguage()) {
          case "ru" -> "документ не содержит статьи";
          case "kk" -> "құжатта мақала жоқ";
          default -> "the document holds no article";
        };
    return JsonProblem.error("", "value.missing", message);
  }

  /**
   * Turns an exception thrown by a reader into the problems it stands for.
   *
   * @param e the exception
   * @return its problems
   */
  static List<JsonProblem> of(NewsJsonException e) {
    if (e instanceof NewsJsonValidationException validation && !validation.problems().isEmpty()) {
      return validation.problems();
    }
    String code =
        e instanceof NewsJsonLimitException limit ? "limit." + limit.limit() : "json.syntax";
    String message = String.valueOf(e.getMessage());
    return List.of(
        new JsonProblem(e.pointer(), code, Severity.ERROR, message, e.line(), e.column()));
  }
}
