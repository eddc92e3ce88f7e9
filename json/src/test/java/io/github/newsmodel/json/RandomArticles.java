package io.github.newsmodel.json;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Embed;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.FocalPoint;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds random articles from a seeded {@link Random}: multilingual text, emoji, every block. */
public final class RandomArticles {

  private static final String[] WORDS = {
    "Казахстан",
    "новости",
    "Қазақстан",
    "жаңалық",
    "Ақпарат",
    "news",
    "report",
    "🦅",
    "😀",
    "ДЗЯО",
    "Өскемен",
    "\"quoted\"",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "a/b~c",
    "日本",
    "emoji 👩‍👩‍👧",
    "Ёлка",
    "ғылым"
  };
  private static final String[] DATES = {
    "2023-11-28T19:00:00+06:00", "2024-03-01T00:00:00.120+05:00", "2024-01-01T00:00:00+00:00",
    "2024-05-10T08:30:00Z", "2024-02-29T23:59:59.999999999-03:30", "2024-06-01T12:00:00"
  };

  private final Random random;
  private final int maxElements;

  public RandomArticles(long seed) {
    this(seed, Integer.MAX_VALUE);
  }

  private RandomArticles(long seed, int maxElements) {
    this.random = new Random(seed);
    this.maxElements = maxElements;
  }

  /**
   * Returns a generator of small articles: every list holds at most one element, so each document
   * is a fraction of the usual size while the documents together still use every object, block and
   * inline type.
   *
   * @param seed the seed
   * @return the generator
   */
  public static RandomArticles small(long seed) {
    return new RandomArticles(seed, 1);
  }

  private String text() {
    int n = 1 + random.nextInt(6);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private String maybe() {
    return random.nextBoolean() ? text() : null;
  }

  private String url() {
    return "https://example.kz/"
        + random.nextInt(1_000_000)
        + "/"
        + (random.nextBoolean() ? "жаңалық" : "news");
  }

  private <T> List<T> some(int max, java.util.function.Supplier<T> element) {
    List<T> values = new ArrayList<>();
    int n = random.nextInt(Math.min(max, maxElements) + 1);
    for (int i = 0; i < n; i++) {
      values.add(element.get());
    }
    return values;
  }

  private NewsDateTime date() {
    return NewsDateTime.parse(DATES[random.nextInt(DATES.length)]);
  }

  private Extensions extensions() {
    if (random.nextInt(3) != 0) {
      return Extensions.empty();
    }
    Map<String, JsonValue> bag = new LinkedHashMap<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      bag.put("x-" + random.nextInt(1000) + (random.nextBoolean() ? "/~" : ""), value(2));
    }
    return Extensions.of(bag);
  }

  private JsonValue value(int depth) {
    int kind = random.nextInt(depth > 0 ? 7 : 5);
    return switch (kind) {
      case 0 -> JsonValue.NULL;
      case 1 -> JsonValue.bool(random.nextBoolean());
      case 2 -> JsonValue.number(random.nextLong());
      case 3 -> JsonValue.number(random.nextInt(1000) + ".5e" + random.nextInt(50));
      case 4 -> JsonValue.string(text());
      case 5 -> JsonValue.array(some(3, () -> value(depth - 1)));
      default -> {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          members.put(text(), value(depth - 1));
        }
        yield JsonValue.object(members);
      }
    };
  }

  private List<Inline> inlines(int depth) {
    return some(3, () -> inline(depth));
  }

  private Inline inline(int depth) {
    int kind = random.nextInt(depth > 0 ? 5 : 2);
    return switch (kind) {
      case 0 -> Inline.text(text());
      case 1 -> Inline.lineBreak();
      case 2 -> new Inline.Link(url(), inlines(depth - 1));
      case 3 -> new Inline.Styled(Inline.Style.STRONG, inlines(depth - 1));
      default -> new Inline.Styled(Inline.Style.EMPHASIS, inlines(depth - 1));
    };
  }

  private Block block() {
    return switch (random.nextInt(6)) {
      case 0 -> new Paragraph(inlines(2));
      case 1 -> new Heading(2 + random.nextInt(5), inlines(1));
      case 2 -> new Quote(inlines(2), maybe());
      case 3 -> new ListBlock(random.nextBoolean(), some(3, () -> inlines(1)));
      case 4 -> MediaReference.of("m-" + random.nextInt(10));
      default -> new Embed(url(), maybe(), maybe());
    };
  }

  private Party party() {
    return Party.builder(random.nextBoolean() ? PartyKind.PERSON : PartyKind.ORGANIZATION, text())
        .role(maybe())
        .url(random.nextBoolean() ? url() : null)
        .uri(maybe())
        .jobTitle(maybe())
        .logoUrl(random.nextBoolean() ? url() : null)
        .extensions(extensions())
        .build();
  }

  private Rendition rendition() {
    return Rendition.builder(url())
        .name(maybe())
        .mediaType(random.nextBoolean() ? "image/jpeg" : null)
        .width(random.nextBoolean() ? 1 + random.nextInt(Integer.MAX_VALUE - 1) : null)
        .height(random.nextBoolean() ? 1 + random.nextInt(10_000) : null)
        .sizeBytes(random.nextBoolean() ? random.nextLong() & Long.MAX_VALUE : null)
        .duration(random.nextBoolean() ? Duration.ofMillis(random.nextInt(10_000_000)) : null)
        .purpose(maybe())
        .videoCodec(maybe())
        .frameRate(random.nextBoolean() ? random.nextDouble() * 120 + 0.001 : null)
        .bitrate(random.nextBoolean() ? 1 + (random.nextLong() & 0xFFFFFFFFFFL) : null)
        .extensions(extensions())
        .build();
  }

  private Media media() {
    return Media.builder(
            MediaKind.values()[random.nextInt(MediaKind.values().length)],
            "m-" + random.nextInt(10))
        .uri(maybe())
        .title(maybe())
        .caption(maybe())
        .altText(maybe())
        .creditLine(maybe())
        .creator(random.nextBoolean() ? party() : null)
        .copyrightNotice(maybe())
        .licenseUrl(random.nextBoolean() ? url() : null)
        .usageTerms(maybe())
        .language(random.nextBoolean() ? "kk" : null)
        .renditions(some(3, this::rendition))
        .focalPoint(
            random.nextBoolean() ? FocalPoint.of(random.nextDouble(), random.nextDouble()) : null)
        .extensions(extensions())
        .build();
  }

  public Article next() {
    Article.Builder b =
        Article.builder("id-" + random.nextLong(), text())
            .alternateIds(some(2, () -> AlternateId.of(maybe(), "alt-" + random.nextInt())))
            .canonicalUrl(random.nextBoolean() ? url() : null)
            .language(random.nextBoolean() ? "ru" : "kk-Cyrl-KZ")
            .type(random.nextBoolean() ? "text" : null)
            .genres(some(2, () -> new Genre(text(), random.nextBoolean() ? url() : null, null)))
            .section(maybe())
            .subheadline(maybe())
            .summary(maybe())
            .slugline(maybe())
            .byline(maybe())
            .dateline(maybe())
            .body(some(8, this::block))
            .authors(some(2, this::party))
            .publisher(random.nextBoolean() ? party() : null)
            .sources(
                some(
                    2,
                    () ->
                        Source.builder(text())
                            .roles(some(2, this::text))
                            .url(random.nextBoolean() ? url() : null)
                            .kind(random.nextBoolean() ? PartyKind.ORGANIZATION : null)
                            .extensions(extensions())
                            .build()))
            .entities(
                some(
                    4,
                    () ->
                        Entity.builder(
                                EntityKind.values()[random.nextInt(EntityKind.values().length)],
                                text())
                            .uri(maybe())
                            .code(maybe())
                            .rel(maybe())
                            .relevance(random.nextBoolean() ? random.nextInt(101) : null)
                            .confidence(random.nextBoolean() ? random.nextInt(101) : null)
                            .creator(maybe())
                            .language(random.nextBoolean() ? "en" : null)
                            .extensions(extensions())
                            .build()))
            .keywords(some(4, this::text))
            .firstPublished(random.nextBoolean() ? date() : null)
            .modified(random.nextBoolean() ? date() : null)
            .created(random.nextBoolean() ? date() : null)
            .embargoedUntil(random.nextBoolean() ? date() : null)
            .expires(random.nextBoolean() ? date() : null)
            .status(
                random.nextBoolean()
                    ? PublicationStatus.values()[random.nextInt(PublicationStatus.values().length)]
                    : null)
            .urgency(random.nextBoolean() ? 1 + random.nextInt(9) : null)
            .version(maybe())
            .engagement(
                random.nextBoolean()
                    ? Engagement.builder()
                        .views(random.nextLong() & Long.MAX_VALUE)
                        .shares(random.nextBoolean() ? 5L : null)
                        .asOf(random.nextBoolean() ? date() : null)
                        .extensions(extensions())
                        .build()
                    : null)
            .rights(
                random.nextBoolean()
                    ? Rights.builder()
                        .copyrightHolder(maybe())
                        .rightsUrl(random.nextBoolean() ? url() : null)
                        .extensions(extensions())
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
            .followLinks(
                some(
                    2,
                    () ->
                        new FollowLink(
                            "telegram", url(), maybe(), random.nextBoolean() ? "ru" : null)))
            .related(
                some(
                    2,
                    () ->
                        RelatedArticle.builder(url())
                            .headline(maybe())
                            .rel(maybe())
                            .id(maybe())
                            .extensions(extensions())
                            .build()))
            .extensions(extensions());
    return b.build();
  }
}
