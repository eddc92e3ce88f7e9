package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.RandomArticles;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The differential test of the streaming fast path: for every document of a large corpus, {@link
 * Ninjs#read} with the fast path gives exactly what the tree path alone gives — the same article
 * (compared with {@code equals} and, for the order of extension members, {@code toString}) and the
 * same problems. The corpus: every JSON file of the IPTC conformance folder, the ninjs fuzz corpus,
 * thousands of random articles written as ninjs 3.1, and seeded random perturbations of those.
 */
class FastReadAgreesWithTreePathTest {

  private static final NinjsCodec LENIENT = codec(ReadMode.LENIENT, JsonLimits.defaults());
  private static final NinjsCodec STRICT = codec(ReadMode.STRICT, JsonLimits.defaults());
  private static final NinjsCodec TIGHT =
      codec(
          ReadMode.LENIENT,
          JsonLimits.builder()
              .maxDepth(6)
              .maxStringLength(400)
              .maxArrayLength(4)
              .maxDocumentBytes(4000)
              .maxProblems(3)
              .build());
  private static final NinjsVersion[] REQUESTED = {
    null, NinjsVersion.V3_1, NinjsVersion.V3_0, NinjsVersion.V2_2
  };

  private static NinjsCodec codec(ReadMode mode, JsonLimits limits) {
    return new NinjsCodec(mode, limits, false, null, Locale.ENGLISH);
  }

  /** How many documents the fast path answered itself, and how many were compared. */
  private int accepted;

  private int compared;

  /** How many gave the tree path something to reuse. */
  private int hinted;

  @Test
  void everyJsonFileOfTheConformanceFolderReadsTheSame() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Conformance.ninjsDir())) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (NinjsVersion version : REQUESTED) {
        agree(LENIENT, bytes, version, file.toString());
      }
      agree(STRICT, bytes, null, file.toString());
      agree(TIGHT, bytes, null, file.toString());
    }
    System.out.println(
        "fast path, conformance folder: " + accepted + " of " + compared + " reads answered");
  }

  @Test
  void everyFileOfTheFuzzCorpusReadsTheSame() throws IOException, URISyntaxException {
    Path corpus =
        Path.of(
            FastReadAgreesWithTreePathTest.class.getResource("NinjsReaderFuzzTestInputs").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (NinjsVersion version : REQUESTED) {
        agree(LENIENT, bytes, version, file.toString());
      }
      agree(TIGHT, bytes, null, file.toString());
    }
  }

  @Test
  void randomArticlesWrittenAsNinjs31ReadTheSame() {
    long seed = 20261207L;
    RandomArticles articles = new RandomArticles(seed);
    RandomArticles small = RandomArticles.small(seed + 1);
    for (int i = 0; i < 1000; i++) {
      Article article = (i % 4 == 0 ? articles : small).next();
      String json = Ninjs.defaults().write(article, NinjsVersion.V3_1).json();
      String where = "seed " + seed + ", article " + i;
      agree(LENIENT, json.getBytes(StandardCharsets.UTF_8), null, where);
      if (i % 10 == 0) {
        agree(LENIENT, json, null, where);
        agree(STRICT, json, NinjsVersion.V3_1, where);
        agree(TIGHT, json, null, where);
      }
    }
    System.out.println(
        "fast path, random articles: "
            + accepted
            + " of "
            + compared
            + " answered, "
            + hinted
            + " left hints");
    // most random articles hold control characters, which the validator reports
    assertThat(accepted).as("reads the fast path answered").isGreaterThan(compared / 50);
  }

  @Test
  void validArticlesReadTheSame() {
    long seed = 20261208L;
    Random random = new Random(seed);
    List<String> documents = new ArrayList<>();
    for (Article article : CanonicalArticles.all(random, 300)) {
      documents.add(Ninjs.defaults().write(article, NinjsVersion.V3_1).json());
    }
    for (int i = 0; i < documents.size(); i++) {
      agree(LENIENT, documents.get(i), null, "seed " + seed + ", valid article " + i);
    }
    System.out.println("fast path, valid articles: " + accepted + " of " + compared + " answered");
    assertThat(accepted).isEqualTo(compared);
  }

  @Test
  void perturbedDocumentsReadTheSame() {
    long seed = 20261209L;
    Random random = new Random(seed);
    NinjsPerturbations perturbations = new NinjsPerturbations(random);
    RandomArticles articles = RandomArticles.small(seed);
    List<String> bases = new ArrayList<>();
    for (Article article : CanonicalArticles.all(random, 200)) {
      bases.add(Ninjs.defaults().write(article, NinjsVersion.V3_1).json());
    }
    for (int i = 0; i < 200; i++) {
      bases.add(Ninjs.defaults().write(articles.next(), NinjsVersion.V3_1).json());
    }
    for (int i = 0; i < 3000; i++) {
      String base = bases.get(random.nextInt(bases.size()));
      String json = perturbations.perturb(base);
      String where = "seed " + seed + ", perturbation " + i + ": " + json;
      if (i % 2 == 0) {
        agree(LENIENT, json, null, where);
      } else {
        agree(LENIENT, json.getBytes(StandardCharsets.UTF_8), null, where);
      }
      if (i % 8 == 0) {
        agree(STRICT, json, REQUESTED[random.nextInt(REQUESTED.length)], where);
        agree(TIGHT, json, null, where);
      }
    }
    System.out.println(
        "fast path, perturbed documents: "
            + accepted
            + " of "
            + compared
            + " answered, "
            + hinted
            + " left hints");
    assertThat(accepted).isGreaterThan(compared / 20);
  }

  private void agree(NinjsCodec codec, byte[] json, NinjsVersion version, String where) {
    ReadResult<Article> tree = codec.readWithTree(json, version);
    FastRead.Attempt attempt = codec.fastRead(json, version);
    counted(tree, attempt, where);
    if (attempt.result() == null && (attempt.hints() != FastHints.NONE || compared % 16 == 0)) {
      check(tree, codec.read(json, version), where);
    }
  }

  private void agree(NinjsCodec codec, String json, NinjsVersion version, String where) {
    ReadResult<Article> tree = codec.readWithTree(json, version);
    FastRead.Attempt attempt = codec.fastRead(json, version);
    counted(tree, attempt, where);
    if (attempt.result() == null && (attempt.hints() != FastHints.NONE || compared % 16 == 0)) {
      check(tree, codec.read(json, version), where);
    }
  }

  /**
   * Counts a comparison; checks the fast path's answer when it gave one, and otherwise the tree
   * path reusing the attempt's hints when it left some.
   */
  private void counted(ReadResult<Article> tree, FastRead.Attempt attempt, String where) {
    compared++;
    if (attempt.result() != null) {
      accepted++;
      check(tree, attempt.result(), where);
    } else if (attempt.hints() != FastHints.NONE) {
      hinted++;
    }
  }

  private static void check(ReadResult<Article> tree, ReadResult<Article> both, String where) {
    assertThat(both).as(where).isEqualTo(tree);
    assertThat(String.valueOf(both.value().orElse(null)))
        .as(where)
        .isEqualTo(String.valueOf(tree.value().orElse(null)));
  }
}
