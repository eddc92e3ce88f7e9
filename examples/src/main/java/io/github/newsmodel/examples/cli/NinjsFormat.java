package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.ninjs.NinjsException;
import io.github.newsmodel.json.ninjs.NinjsVersion;
import io.github.newsmodel.json.ninjs.NinjsWriteResult;
import io.github.newsmodel.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * IPTC ninjs through {@link Ninjs}, in three flavours:
 *
 * <ul>
 *   <li>{@code ninjs}: the version is detected on read (2.0 to 3.1, see {@link
 *       Ninjs#detectVersion(String)}); 3.1 is written;
 *   <li>{@code ninjs2}: read as 2.x (the detected 2.x version, else 2.2); 2.2 is written;
 *   <li>{@code ninjs3}: read as 3.x (the detected 3.x version, else 3.1); 3.1 is written.
 * </ul>
 *
 * <p>{@code --strict} is {@link ReadMode#STRICT}: the stricter checks (dates, safe links, the
 * article passing {@code NewsValidator}) are errors instead of warnings, and writing fails instead
 * of leaving values out. {@link Ninjs} has no setting for the language of messages, so {@code
 * --lang} changes only the messages the CLI writes itself.
 */
final class NinjsFormat implements FormatCodec {

  private final String name;
  private final @Nullable Family family;
  private final Ninjs ninjs;
  private final NinjsVersion written;

  /** The version family a {@code ninjs2}/{@code ninjs3} document is read as. */
  private enum Family {
    V2(NinjsVersion.V2_2),
    V3(NinjsVersion.V3_1);

    final NinjsVersion newest;

    Family(NinjsVersion newest) {
      this.newest = newest;
    }

    boolean contains(NinjsVersion version) {
      return version.isV3() == (this == V3);
    }
  }

  private NinjsFormat(String name, @Nullable Family family, ReadOptions options) {
    this.name = name;
    this.family = family;
    this.written = family == Family.V2 ? NinjsVersion.V2_2 : NinjsVersion.V3_1;
    this.ninjs =
        Ninjs.builder()
            .mode(options.strict() ? ReadMode.STRICT : ReadMode.LENIENT)
            .limits(JsonLimits.defaults())
            .prettyPrint(true)
            .locale(options.locale())
            .build();
  }

  /**
   * Opens the ninjs adapter.
   *
   * @param name {@code ninjs}, {@code ninjs2} or {@code ninjs3}
   * @param options how to read
   * @return the adapter
   * @throws UsageException if the name is not one of the three
   */
  static FormatCodec open(String name, ReadOptions options) throws UsageException {
    return switch (name) {
      case "ninjs" -> new NinjsFormat(name, null, options);
      case "ninjs2" -> new NinjsFormat(name, Family.V2, options);
      case "ninjs3" -> new NinjsFormat(name, Family.V3, options);
      default -> throw Formats.unknown(name);
    };
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long maxDocumentBytes() {
    return ninjs.limits().maxDocumentBytes();
  }

  @Override
  public ReadResult<Article> read(byte[] document) {
    if (family == null) {
      return ninjs.read(document);
    }
    return ninjs.read(document, versionToRead(document, family));
  }

  /**
   * The detected version when it belongs to the family, else the family's newest. Detection needs
   * the text, so a forced family parses the document twice; a document that cannot be parsed is
   * read as the newest version, whose reading then reports why.
   */
  private NinjsVersion versionToRead(byte[] document, Family family) {
    NinjsVersion detected = ninjs.detectVersion(new String(document, StandardCharsets.UTF_8));
    return family.contains(detected) ? detected : family.newest;
  }

  @Override
  public Written write(Article article) {
    try {
      NinjsWriteResult result = ninjs.write(article, written);
      return new Written(result.json().getBytes(StandardCharsets.UTF_8), result.dropped());
    } catch (NinjsException e) {
      List<JsonProblem> errors = new ArrayList<>(e.problems().size());
      for (JsonProblem problem : e.problems()) {
        errors.add(
            new JsonProblem(
                problem.pointer(),
                problem.code(),
                Severity.ERROR,
                problem.message(),
                problem.line(),
                problem.column()));
      }
      return new Written(null, errors);
    }
  }
}
