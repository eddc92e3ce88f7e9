package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.time.NewsDateTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded random articles that are valid ({@code NewsValidator} finds nothing) and whose ninjs 3.1
 * is canonical, so that the fast path must read every one of them itself: every field ninjs
 * carries, clean multilingual text (with the characters HTML and JSON escape), dates with offsets,
 * http(s) URLs, media of every kind with renditions, related articles.
 */
final class CanonicalArticles {

  private static final String[] WORDS = {
    "Казахстан",
    "новости",
    "Қазақстан",
    "жаңалық",
    "news",
    "report",
    "🦅",
    "ДЗЯО",
    "Өскемен",
    "\"quoted\"",
    "back\\slash",
    "a/b~c",
    "日本",
    "Ёлка",
    "ғылым",
    "R&D",
    "a<b",
    "c>d",
    "«ёлка»"
  };
  private static final String[] DATES = {
    "2023-11-28T19:00:00+06:00",
    "2024-03-01T00:00:00.120+05:00",
    "2024-01-01T00:00:00+00:00",
    "2024-05-10T08:30:00Z",
    "2024-02-29T23:59:59.999999999-03:30"
  };

  private final Random random;

  private CanonicalArticles(Random random) {
    this.random = random;
  }

  /** Returns {@code count} articles. */
  static List<Article> all(Random random, int count) {
    CanonicalArticles articles = new CanonicalArticles(random);
    List<Article> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(articles.next());
    }
    return all;
  }

  private boolean coin() {
    return random.nextBoolean();
  }

  private String text() {
    int n = 1 + random.nextInt(5);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private String maybe() {
    return coin() ? text() : null;
  }

  private String url() {
    return "https://example.kz/" + random.nextInt(1_000_000) + "/" + (coin() ? "жаңалық" : "news");
  }

  private <T> List<T> some(int max, Supplier<T> element) {
    List<T> values = new ArrayList<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      values.add(element.get());
    }
    return values;
  }

  private NewsDateTime date() {
    return NewsDateTime.parse(DATES[random.nextInt(DATES.length)]);
  }

  private List<Inline> inlines(int depth) {
    List<Inline> content = new ArrayList<>();
    content.add(Inline.text(text()));
    int more = random.nextInt(3);
    for (int i = 0; i < more; i++) {
      switch (depth > 0 ? random.nextInt(4) : 0) {
        case 0 -> content.add(Inline.lineBreak());
        case 1 -> content.add(new Inline.Link(url(), List.of(Inline.text(text()))));
        case 2 -> content.add(new Inline.Styled(Inline.Style.STRONG, inlines(depth - 1)));
        default -> content.add(new Inline.Styled(Inline.Style.EMPHASIS, inlines(depth - 1)));
      }
      content.add(Inline.text(" " + text()));
    }
    return content;
  }

  private Block block() {
    return switch (random.nextInt(5)) {
      case 0 -> new Paragraph(inlines(2));
      case 1 -> new Heading(2 + random.nextInt(5), inlines(1));
      case 2 -> new Quote(inlines(1), coin() ? "Касым-Жомарт Токаев" : null);
      case 3 -> new ListBlock(coin(), List.of(inlines(1), inlines(0)));
      default -> MediaReference.of("m-" + random.nextInt(10));
    };
  }

  private Party party(PartyKind kind) {
    return Party.builder(kind, text())
        .uri(coin() ? "urn:party:" + random.nextInt(100) : null)
        .build();
  }

  private Rendition rendition() {
    return Rendition.builder(url())
        .name(coin() ? "r-" + random.nextInt(100) : null)
        .mediaType(coin() ? "image/jpeg" : null)
        .width(coin() ? 1 + random.nextInt(4000) : null)
        .height(coin() ? 1 + random.nextInt(4000) : null)
        .sizeBytes(coin() ? (long) random.nextInt(Integer.MAX_VALUE) * 7 : null)
        .duration(coin() ? Duration.ofMillis(random.nextInt(10_000_000)) : null)
        .videoCodec(coin() ? "avc1.64001F" : null)
        .frameRate(coin() ? new double[] {25, 29.97, 30, 59.94, 23.976}[random.nextInt(5)] : null)
        .bitrate(coin() ? 1 + (random.nextLong() & 0xFFFFFFFFL) : null)
        .build();
  }

  private Media media() {
    MediaKind[] kinds = MediaKind.values();
    List<Rendition> renditions = some(3, this::rendition);
    // without uri and renditions the writer drops the item
    return Media.builder(kinds[random.nextInt(kinds.length)], "m-" + random.nextInt(10))
        .uri(coin() || renditions.isEmpty() ? url() : null)
        .title(maybe())
        .caption(maybe())
        .altText(maybe())
        .creditLine(maybe())
        .copyrightNotice(maybe())
        .licenseUrl(coin() ? url() : null)
        .usageTerms(maybe())
        .language(coin() ? "kk" : null)
        .renditions(renditions)
        .build();
  }

  private Entity entity() {
    EntityKind[] kinds = EntityKind.values();
    EntityKind kind = kinds[random.nextInt(kinds.length)];
    Entity.Builder entity =
        Entity.builder(kind, text())
            .uri(coin() ? "http://cv.iptc.org/newscodes/" + random.nextInt(100) : null)
            .code(coin() ? "code:" + random.nextInt(100) : null)
            .rel(coin() ? "mentioned" : null);
    if (kind == EntityKind.SUBJECT) {
      entity
          .creator(coin() ? "editor" : null)
          .relevance(coin() ? random.nextInt(101) : null)
          .confidence(coin() ? random.nextInt(101) : null);
    }
    return entity.build();
  }

  private Article next() {
    String headline = text();
    Article.Builder b =
        Article.builder("urn:newsml:example.kz:" + random.nextInt(1_000_000), headline)
            .alternateIds(
                some(2, () -> AlternateId.of(coin() ? "cms" : null, "id-" + random.nextInt())))
            .canonicalUrl(coin() ? url() : null)
            .language(coin() ? "ru" : "kk-Cyrl-KZ")
            .type(coin() ? "text" : null)
            .genres(
                some(2, () -> new Genre(text(), coin() ? url() : null, coin() ? "genre:x" : null)))
            .section(maybe())
            .subheadline(maybe())
            .summary(maybe())
            .slugline(maybe())
            .byline(maybe())
            .dateline(maybe())
            .body(some(6, this::block))
            .authors(some(2, () -> party(coin() ? PartyKind.PERSON : PartyKind.ORGANIZATION)))
            .publisher(coin() ? party(PartyKind.ORGANIZATION) : null)
            .sources(
                some(
                    2,
                    () ->
                        Source.builder(text())
                            .roles(coin() ? List.of("originator") : List.of())
                            .uri(coin() ? "urn:source:1" : null)
                            .build()))
            .entities(some(4, this::entity))
            .keywords(some(3, this::text))
            .firstPublished(coin() ? date() : null)
            .created(coin() ? date() : null)
            .embargoedUntil(coin() ? date() : null)
            .expires(coin() ? date() : null)
            .status(coin() ? PublicationStatus.values()[random.nextInt(3)] : null)
            .urgency(coin() ? 1 + random.nextInt(9) : null)
            .version(coin() ? "v" + random.nextInt(9) : null)
            .engagement(
                coin()
                    ? Engagement.builder()
                        .views((long) random.nextInt(1_000_000))
                        .shares(coin() ? 5L : null)
                        .comments(coin() ? 0L : null)
                        .reactions(coin() ? 12L : null)
                        .asOf(coin() ? date() : null)
                        .build()
                    : null)
            .rights(
                coin()
                    ? Rights.builder()
                        .copyrightHolder(maybe())
                        .copyrightNotice(maybe())
                        .usageTerms(maybe())
                        .rightsUrl(coin() ? url() : null)
                        .build()
                    : null)
            .editorialNote(maybe())
            .media(some(3, this::media))
            .shareLinks(
                some(
                    2,
                    () ->
                        ShareLink.of(
                            SharePlatform.builtIns()
                                .get(random.nextInt(SharePlatform.builtIns().size())),
                            url(),
                            maybe())))
            .followLinks(some(2, () -> FollowLink.of("telegram", url())))
            .related(
                some(
                    2,
                    () ->
                        RelatedArticle.builder(url())
                            .headline(maybe())
                            .rel(coin() ? "seeAlso" : null)
                            .build()));
    Article article = b.build();
    // the model checks dates in order: modified follows the first publication
    return article.firstPublished() != null && coin()
        ? article.toBuilder().modified(article.firstPublished()).build()
        : article;
  }
}
