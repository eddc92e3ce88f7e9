package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a parsed JSON-LD document into an {@link Article}: finds the main article node, reads the
 * properties the model has fields for, keeps the others in the article's extensions, and validates
 * the result, reporting every problem at its JSON Pointer in the JSON-LD document.
 */
final class ArticleReader {
  /** Main-object members always read into model fields. */
  private static final Set<String> KNOWN =
      Set.of(
          "@context",
          "@id",
          "@type",
          "headline",
          "alternativeHeadline",
          "description",
          "articleBody",
          "articleSection",
          "keywords",
          "inLanguage",
          "datePublished",
          "dateModified",
          "dateCreated",
          "expires",
          "dateline",
          "author",
          "publisher",
          "image",
          "video",
          "interactionStatistic",
          "isBasedOn",
          "sourceOrganization",
          "about",
          "mentions",
          "mainEntityOfPage",
          "url",
          "genre",
          "copyrightNotice",
          "copyrightHolder",
          "license",
          "creator",
          "editor",
          "contributor",
          "commentCount");

  private final NewsValidator validator;
  private final Locale locale;

  ArticleReader(NewsValidator validator, Locale locale) {
    this.validator = validator;
    this.locale = locale;
  }

  ReadResult<Article> read(JsonNode root) {
    Sink sink = new Sink();
    if (!root.isObject() && !root.isArray()) {
      sink.error(
          "",
          "type.mismatch",
          "expected a JSON-LD object or array, found " + Values.describe(root));
      return ReadResult.failed(sink.problems());
    }
    NodeGraph graph = NodeGraph.of(root);
    Located main = MainNode.find(graph);
    if (main == null) {
      sink.error(
          "",
          "jsonld.article.missing",
          "no NewsArticle, Article or BlogPosting node found (nor a WebPage whose mainEntity is one)");
      return ReadResult.failed(sink.problems());
    }
    MainNode.checkContext(root, main, sink);
    Values values = new Values(sink, graph);
    Article article = build(main, values);
    if (article == null) {
      return ReadResult.failed(sink.problems());
    }
    List<JsonProblem> problems = new ArrayList<>(sink.problems());
    for (Problem problem : validator.validate(article, locale).problems()) {
      problems.add(
          new JsonProblem(
              sink.pointerFor(problem.path()),
              problem.code(),
              problem.severity(),
              problem.message(),
              0,
              0));
    }
    return ReadResult.of(article, problems);
  }

  private @Nullable Article build(Located main, Values values) {
    Sink sink = values.sink();
    Set<String> used = new LinkedHashSet<>(KNOWN);
    String headline = values.text(main.get("headline"));
    sink.origin("headline", main.get("headline").pointer());
    if (headline == null) {
      headline = values.text(main.get("name"));
      if (headline == null) {
        sink.error(
            main.get("headline").pointer(), "required", "the article has no headline (nor name)");
        return null;
      }
      used.add("name");
      sink.origin("headline", main.get("name").pointer());
      sink.warning(
          main.get("headline").pointer(),
          "jsonld.headline.missing",
          "no headline; name used instead");
    }
    String canonical = canonicalUrl(main, values);
    values.base(canonical);
    NewsDateTime published = date(main.get("datePublished"), "firstPublished", values);
    Article.Builder article =
        Article.builder(id(main, canonical, headline, published, values, used), headline)
            .canonicalUrl(canonical)
            .subheadline(text(main, "alternativeHeadline", "subheadline", values))
            .summary(firstText(main, "description", "abstract", "summary", values, used))
            .section(text(main, "articleSection", "section", values))
            .dateline(text(main, "dateline", "dateline", values))
            .language(language(main.get("inLanguage"), values))
            .firstPublished(published)
            .modified(date(main.get("dateModified"), "modified", values))
            .created(date(main.get("dateCreated"), "created", values))
            .expires(date(main.get("expires"), "expires", values))
            .keywords(keywords(main.get("keywords"), values));
    int genres = 0;
    for (Located genre : main.get("genre").items()) {
      String name = values.text(genre);
      if (name != null) {
        sink.origin("genres[" + genres++ + "]", genre.pointer());
        article.addGenre(Genre.named(name));
      }
    }
    PartyReader parties = new PartyReader(values);
    List<Party> authors = new ArrayList<>();
    parties.parties(main.get("author"), "authors", PartyKind.PERSON, null, authors);
    parties.parties(
        main.get("creator"),
        "authors",
        PartyKind.PERSON,
        authors.isEmpty() ? null : "creator",
        authors);
    parties.parties(main.get("editor"), "authors", PartyKind.PERSON, "editor", authors);
    parties.parties(main.get("contributor"), "authors", PartyKind.PERSON, "contributor", authors);
    article.authors(authors);
    Located publisher = Values.first(main.get("publisher"));
    if (publisher != null) {
      article.publisher(parties.party(publisher, PartyKind.ORGANIZATION, "publisher"));
    }
    article.sources(parties.sources(main.get("isBasedOn"), main.get("sourceOrganization")));
    List<Entity> entities = new ArrayList<>();
    EntityReader entityReader = new EntityReader(values);
    entityReader.read(main.get("about"), "about", entities);
    entityReader.read(main.get("mentions"), "mentions", entities);
    article.entities(entities);
    MediaReader media = new MediaReader(values);
    media.images(main.get("image"));
    if (media.media().isEmpty()) {
      media.images(main.get("thumbnailUrl"));
    }
    media.videos(main.get("video"));
    article.media(media.media());
    String bodyMember = main.get("articleBody").isAbsent() ? "text" : "articleBody";
    String body = values.text(main.get(bodyMember));
    if (body != null) {
      used.add(bodyMember);
      article.body(ArticleBodies.toBlocks(body, main.get(bodyMember).pointer(), sink));
      sink.origin("body", main.get(bodyMember).pointer());
    }
    article.engagement(
        Counters.read(main.get("interactionStatistic"), main.get("commentCount"), values));
    article.rights(rights(main, values));
    article.extensions(extensions(main, used));
    return article.build();
  }

  private static @Nullable String text(
      Located main, String member, String modelPath, Values values) {
    values.sink().origin(modelPath, main.get(member).pointer());
    return values.text(main.get(member));
  }

  /** Reads {@code member}, else {@code fallback} (then no longer kept as an extension). */
  private static @Nullable String firstText(
      Located main,
      String member,
      String fallback,
      String modelPath,
      Values values,
      Set<String> used) {
    String value = text(main, member, modelPath, values);
    if (value == null && !main.get(fallback).isAbsent()) {
      used.add(fallback);
      return text(main, fallback, modelPath, values);
    }
    return value;
  }

  private static @Nullable String canonicalUrl(Located main, Values values) {
    values.sink().origin("canonicalUrl", main.get("url").pointer());
    String url = values.url(main.get("url"));
    if (url != null) {
      return url;
    }
    Located page = Values.first(main.get("mainEntityOfPage"));
    if (page == null) {
      return null;
    }
    values.sink().origin("canonicalUrl", page.pointer());
    if (page.node().isString()) {
      return values.url(page);
    }
    Located resolved = values.graph().resolve(page);
    String pageUrl = resolved.node().isObject() ? values.url(resolved.get("url")) : null;
    if (pageUrl != null) {
      return pageUrl;
    }
    String id = NodeGraph.idOf(resolved.node());
    return id == null ? null : values.absolute(id);
  }

  /**
   * The article id: {@code @id}, else a string {@code identifier}, else the canonical URL, else
   * {@code jsonld-} and 16 hex digits of the SHA-256 of the headline, a line feed and the
   * datePublished text (empty when none).
   */
  private static String id(
      Located main,
      @Nullable String canonical,
      String headline,
      @Nullable NewsDateTime published,
      Values values,
      Set<String> used) {
    String id = NodeGraph.idOf(main.node());
    values.sink().origin("id", main.get("@id").pointer());
    if (id != null) {
      return id;
    }
    Located identifier = main.get("identifier");
    if (identifier.node().isString() && !identifier.node().stringValue().isBlank()) {
      used.add("identifier");
      values.sink().origin("id", identifier.pointer());
      return identifier.node().stringValue().strip();
    }
    if (canonical != null) {
      return canonical;
    }
    return stableId(headline, published == null ? "" : published.text());
  }

  /** Returns {@code jsonld-} and the first 16 hex digits of SHA-256(headline LF date). */
  static String stableId(String headline, String date) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((headline + "\n" + date).getBytes(StandardCharsets.UTF_8));
      StringBuilder id = new StringBuilder("jsonld-");
      for (int i = 0; i < 8; i++) {
        id.append(String.format(Locale.ROOT, "%02x", digest[i]));
      }
      return id.toString();
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
    }
  }

  private static @Nullable NewsDateTime date(Located value, String modelPath, Values values) {
    Located item = Values.first(value);
    if (item == null) {
      return null;
    }
    if (!item.node().isString()) {
      values.mismatch(item, "an ISO 8601 date-time string");
      return null;
    }
    String text = item.node().stringValue().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      NewsDateTime parsed = NewsDateTime.parse(text);
      values.sink().origin(modelPath, item.pointer());
      return parsed;
    } catch (DateTimeParseException notIso) {
      values
          .sink()
          .error(
              item.pointer(),
              "datetime.format",
              "\"" + text + "\" is not an ISO 8601 date or date-time");
      return null;
    }
  }

  private static @Nullable String language(Located value, Values values) {
    values.sink().origin("language", value.pointer());
    Located item = Values.first(value);
    if (item != null && item.node().isObject()) {
      Located language = values.graph().resolve(item);
      String code = values.text(language.get("alternateName"));
      return code != null ? code : values.text(language.get("name"));
    }
    return values.text(value);
  }

  private static List<String> keywords(Located value, Values values) {
    Set<String> keywords = new LinkedHashSet<>();
    for (Located item : value.items()) {
      String text = values.text(item);
      if (text == null) {
        continue;
      }
      String[] parts = value.node().isArray() ? new String[] {text} : text.split(",");
      for (String part : parts) {
        String keyword = part.strip();
        if (!keyword.isEmpty() && keywords.add(keyword)) {
          values.sink().origin("keywords[" + (keywords.size() - 1) + "]", item.pointer());
        }
      }
    }
    return new ArrayList<>(keywords);
  }

  private static @Nullable Rights rights(Located main, Values values) {
    String notice = values.text(main.get("copyrightNotice"));
    String license = values.url(main.get("license"));
    String holder = null;
    Located holderNode = Values.first(main.get("copyrightHolder"));
    if (holderNode != null) {
      Located resolved = values.graph().resolve(holderNode);
      Located holderName = resolved.node().isObject() ? resolved.get("name") : resolved;
      holder = values.text(holderName);
      values.sink().origin("rights.copyrightHolder", holderName.pointer());
    }
    if (notice == null && license == null && holder == null) {
      return null;
    }
    values.sink().origin("rights.rightsUrl", main.get("license").pointer());
    values.sink().origin("rights.copyrightNotice", main.get("copyrightNotice").pointer());
    return Rights.builder()
        .copyrightNotice(notice)
        .copyrightHolder(holder)
        .rightsUrl(license)
        .build();
  }

  private static Extensions extensions(Located main, Set<String> used) {
    Extensions extensions = TreeValues.unknownMembers(main.node(), used);
    List<String> types = Types.of(main.node());
    JsonNode type = main.node().get("@type");
    if (type != null && !(types.size() == 1 && types.get(0).equals("NewsArticle"))) {
      Map<String, JsonValue> all = new LinkedHashMap<>();
      all.put("@type", TreeValues.toValue(type));
      all.putAll(extensions.asMap());
      return Extensions.of(all);
    }
    return extensions;
  }
}
