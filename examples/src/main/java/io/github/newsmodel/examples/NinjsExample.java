package io.github.newsmodel.examples;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.ninjs.NinjsVersion;
import io.github.newsmodel.json.ninjs.NinjsWriteResult;
import java.io.PrintStream;
import java.util.List;

/**
 * IPTC ninjs with {@link Ninjs}: reads an agency-style ninjs 3.1 document (its version detected),
 * writes it back as ninjs 3.1 and as ninjs 2.2, and prints what ninjs 2.2 cannot carry; then writes
 * the seed article, whose follow-prompt label has no place in ninjs at all.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar io.github.newsmodel.examples.NinjsExample}
 */
public final class NinjsExample {

  /**
   * A ninjs 3.1 text item in the shape agencies publish: standard block, camelCase names, a main
   * headline, a summary, an HTML body, a subject and an event block (which ninjs 2.2 has no place
   * for).
   */
  public static final String NINJS_31 =
      """
      {
        "standard": {
          "name": "ninjs",
          "version": "3.1",
          "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"
        },
        "uri": "urn:newsmodel:kz:2023-11-29-dzyao-declaration",
        "type": "text",
        "versionCreated": "2023-11-29T18:30:00+06:00",
        "firstCreated": "2023-11-29T18:00:00+06:00",
        "pubStatus": "usable",
        "language": "ru",
        "headlines": [
          {"role": "main", "value": "Конференция ДЗЯО завершилась принятием политической декларации"}
        ],
        "descriptions": [
          {"role": "summary", "value": "Председательство на следующие два года перейдёт к Казахстану."}
        ],
        "bodies": [
          {"role": "main", "contentType": "text/html",
           "value": "<p>Участники конференции приняли политическую декларацию.</p>"}
        ],
        "subjects": [{"name": "ядерное разоружение"}],
        "eventDetails": {"dates": {"startDate": "2023-11-27T10:00:00-05:00"}}
      }
      """;

  private NinjsExample() {}

  /**
   * What the example found.
   *
   * @param detected the version detected in {@link #NINJS_31}
   * @param readValid whether it read as valid
   * @param droppedFor22 what writing it as ninjs 2.2 left out
   * @param droppedFromSeed what writing the seed article as ninjs 3.1 left out
   */
  public record Outcome(
      NinjsVersion detected,
      boolean readValid,
      List<JsonProblem> droppedFor22,
      List<JsonProblem> droppedFromSeed) {}

  /**
   * Reads {@link #NINJS_31}, writes it as 3.1 and 2.2, and writes the seed article as 3.1.
   *
   * @param out where to print
   * @return what was found
   */
  public static Outcome run(PrintStream out) {
    Ninjs ninjs = Ninjs.builder().prettyPrint(true).build();

    NinjsVersion detected = ninjs.detectVersion(NINJS_31);
    ReadResult<Article> read = ninjs.read(NINJS_31);
    out.println(
        "read a ninjs "
            + detected.number()
            + " document: "
            + (read.isValid() ? "valid" : "invalid")
            + ", "
            + read.problems().size()
            + " problem(s)");
    read.problems().forEach(p -> out.println("  " + p));
    Article article = read.orElseThrow();
    out.println("headline: " + article.headline());

    NinjsWriteResult v31 = ninjs.write(article, NinjsVersion.V3_1);
    out.println();
    out.println(
        "written as ninjs 3.1 ("
            + v31.json().length()
            + " characters), complete: "
            + v31.isComplete());

    NinjsWriteResult v22 = ninjs.write(article, NinjsVersion.V2_2);
    out.println("written as ninjs 2.2, complete: " + v22.isComplete() + "; dropped:");
    v22.dropped()
        .forEach(p -> out.println("  " + p.pointer() + " [" + p.code() + "] " + p.message()));
    out.println(v22.json());

    NinjsWriteResult seed = ninjs.write(SeedArticleExample.article(), NinjsVersion.V3_1);
    out.println();
    out.println("the seed article as ninjs 3.1, complete: " + seed.isComplete() + "; dropped:");
    seed.dropped()
        .forEach(p -> out.println("  " + p.pointer() + " [" + p.code() + "] " + p.message()));
    return new Outcome(detected, read.isValid(), v22.dropped(), seed.dropped());
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
