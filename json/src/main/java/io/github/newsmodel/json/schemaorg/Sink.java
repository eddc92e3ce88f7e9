package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what reading finds: problems with their JSON Pointers, and where in the JSON-LD document
 * each model property came from, so that validation problems (which name model paths such as {@code
 * media[0].renditions[0].url}) can be reported at JSON-LD pointers such as {@code /image/0/url}.
 */
final class Sink {
  private final List<JsonProblem> problems = new ArrayList<>();
  private final Map<String, String> origins = new HashMap<>();

  void error(String pointer, String code, String message) {
    problems.add(new JsonProblem(pointer, code, Severity.ERROR, message, 0, 0));
  }

  void warning(String pointer, String code, String message) {
    problems.add(new JsonProblem(pointer, code, Severity.WARNING, message, 0, 0));
  }

  /** Remembers that model path {@code modelPath} was read from {@code pointer}; the last wins. */
  void origin(String modelPath, String pointer) {
    origins.put(modelPath, pointer);
  }

  List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the JSON-LD pointer for a model path: the recorded origin of the path or of its nearest
   * recorded parent ({@code media[0].renditions[0].width} falls back to {@code
   * media[0].renditions[0]}, then {@code media[0]}); {@code ""} when nothing matches.
   */
  String pointerFor(String modelPath) {
    String path = modelPath;
    while (!path.isEmpty()) {
      String pointer = origins.get(path);
      if (pointer != null) {
        return pointer;
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
    }
    return "";
  }
}
