package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** The Java code shown in the README compiles against the current API. */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static final String IMPORTS =
      String.join(
          "\n",
          "import io.github.newsmodel.article.*;",
          "import io.github.newsmodel.body.*;",
          "import io.github.newsmodel.entity.*;",
          "import io.github.newsmodel.media.*;",
          "import io.github.newsmodel.party.*;",
          "import io.github.newsmodel.share.*;",
          "import io.github.newsmodel.time.*;",
          "import io.github.newsmodel.validation.*;",
          "import io.github.newsmodel.json.*;",
          "import io.github.newsmodel.json.ninjs.*;",
          "import io.github.newsmodel.json.opengraph.*;",
          "import io.github.newsmodel.json.schemaorg.SchemaOrg;",
          "import io.github.newsmodel.json.stream.ArticleReader;",
          "import java.nio.file.*;",
          "import java.util.*;");

  private static List<String> snippets() throws IOException {
    Path readme = Path.of(System.getProperty("newsmodel.project.dir", ".."), "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(text);
    while (block.find()) {
      found.add(block.group(1));
    }
    return found;
  }

  @Test
  void everyJavaSnippetInTheReadmeCompiles() throws IOException {
    List<String> snippets = snippets();
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(2);

    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      String code = snippets.get(i);
      // names the README uses without declaring them become parameters
      String parameters =
          code.contains("Article article =")
              ? ""
              : "Article article, String agencyPayload, Path feedFile";
      String source =
          IMPORTS
              + "\nclass Snippet"
              + i
              + " {\n  void run("
              + parameters
              + ") throws Exception {\n"
              + code
              + "\n  }\n}\n";
      sources.add(new Source("Snippet" + i, source));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("readme-snippets");
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              out.toString(),
              "-proc:none");
      StringWriter log = new StringWriter();
      boolean compiled = compiler.getTask(log, files, diagnostics, options, null, sources).call();
      assertThat(compiled).as(diagnostics.getDiagnostics() + "\n" + log).isTrue();
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String name, String code) {
      super(URI.create("string:///" + name + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
