package io.github.newsmodel.article;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.internal.ValueText;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.time.WithOffset;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import io.github.newsmodel.validation.constraints.LanguageTag;
import io.github.newsmodel.validation.constraints.NoInvisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A news article: the item a newsroom publishes, with its identifiers, text, dates, people, rights,
 * media and links. Immutable; build one with {@link #builder(String, String)} and change it with
 * {@link #toBuilder()} or a {@code with…} method.
 *
 * <p>Building checks structure only (the identifier and headline are present, no list holds null).
 * Content rules (URLs, language tags, ranges, dates in order) are Bean Validation constraints
 * checked by {@code NewsValidator}, so that one call reports every problem.
 *
 * <pre>{@code
 * Article article = Article.builder("kz-2023-11-28-dzyao", "Казахстан принял участие во Второй конференции ДЗЯО")
 *     .language("ru")
 *     .section("Лента новостей")
 *     .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
 *     .addBlock(Paragraph.of("Заместитель Премьер-Министра ..."))
 *     .engagement(Engagement.views(759, null))
 *     .build();
 * ValidationReport report = NewsValidator.shared().validate(article);
 * }</pre>
 */
@ChronologicalDates
public final class Article {

  private final @NotBlank @CleanText String id;
  private final List<@Valid AlternateId> alternateIds;
  private final @HttpUrl @Nullable String canonicalUrl;
  private final @LanguageTag @Nullable String language;
  private final @Nullable String type;
  private final List<@Valid Genre> genres;
  private final @CleanText @NoInvisibleText @Nullable String section;
  private final @NotBlank @CleanText @NoInvisibleText String headline;
  private final @CleanText @NoInvisibleText @Nullable String subheadline;
  private final @CleanText(multiline = true) @NoInvisibleText @Nullable String summary;
  private final @CleanText @Nullable String slugline;
  private final @CleanText @Nullable String byline;
  private final @CleanText @Nullable String dateline;
  private final List<@Valid Block> body;
  private final List<@Valid Party> authors;
  private final @Valid @Nullable Party publisher;
  private final List<@Valid Source> sources;
  private final List<@Valid Entity> entities;
  private final List<@NotBlank @CleanText String> keywords;
  private final @WithOffset @Nullable NewsDateTime firstPublished;
  private final @WithOffset @Nullable NewsDateTime modified;
  private final @WithOffset @Nullable NewsDateTime created;
  private final @WithOffset @Nullable NewsDateTime embargoedUntil;
  private final @WithOffset @Nullable NewsDateTime expires;
  private final @Nullable PublicationStatus status;
  private final @Min(value = 1, message = "{newsmodel.urgency.range}") @Max(
      value = 9,
      message = "{newsmodel.urgency.range}") @Nullable Integer urgency;
  private final @Nullable String version;
  private final @Valid @Nullable Engagement engagement;
  private final @Valid @Nullable Rights rights;
  private final @CleanText(multiline = true) @Nullable String editorialNote;
  private final List<@Valid Media> media;
  private final List<@Valid ShareLink> shareLinks;
  private final List<@Valid FollowLink> followLinks;
  private final List<@Valid RelatedArticle> related;
  private final Extensions extensions;

  private Article(Builder builder) {
    this.id = Checks.required(builder.id, "id");
    this.alternateIds = Checks.copy(builder.alternateIds, "alternateIds");
    this.canonicalUrl = builder.canonicalUrl;
    this.language = builder.language;
    this.type = builder.type;
    this.genres = Checks.copy(builder.genres, "genres");
    this.section = builder.section;
    this.headline = Checks.required(builder.headline, "headline");
    this.subheadline = builder.subheadline;
    this.summary = builder.summary;
    this.slugline = builder.slugline;
    this.byline = builder.byline;
    this.dateline = builder.dateline;
    this.body = Checks.copy(builder.body, "body");
    this.authors = Checks.copy(builder.authors, "authors");
    this.publisher = builder.publisher;
    this.sources = Checks.copy(builder.sources, "sources");
    this.entities = Checks.copy(builder.entities, "entities");
    this.keywords = Checks.copy(builder.keywords, "keywords");
    this.firstPublished = builder.firstPublished;
    this.modified = builder.modified;
    this.created = builder.created;
    this.embargoedUntil = builder.embargoedUntil;
    this.expires = builder.expires;
    this.status = builder.status;
    this.urgency = builder.urgency;
    this.version = builder.version;
    this.engagement = builder.engagement;
    this.rights = builder.rights;
    this.editorialNote = builder.editorialNote;
    this.media = Checks.copy(builder.media, "media");
    this.shareLinks = Checks.copy(builder.shareLinks, "shareLinks");
    this.followLinks = Checks.copy(builder.followLinks, "followLinks");
    this.related = Checks.copy(builder.related, "related");
    this.extensions = builder.extensions;
  }

  /**
   * Starts a builder with the required values.
   *
   * @param id the article identifier (ninjs {@code uri})
   * @param headline the headline
   * @return a builder
   */
  public static Builder builder(String id, String headline) {
    return new Builder().id(id).headline(headline);
  }

  /**
   * Starts an empty builder; {@code id}, {@code headline} must be set before {@link
   * Builder#build()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this article's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .alternateIds(alternateIds)
        .canonicalUrl(canonicalUrl)
        .language(language)
        .type(type)
        .genres(genres)
        .section(section)
        .headline(headline)
        .subheadline(subheadline)
        .summary(summary)
        .slugline(slugline)
        .byline(byline)
        .dateline(dateline)
        .body(body)
        .authors(authors)
        .publisher(publisher)
        .sources(sources)
        .entities(entities)
        .keywords(keywords)
        .firstPublished(firstPublished)
        .modified(modified)
        .created(created)
        .embargoedUntil(embargoedUntil)
        .expires(expires)
        .status(status)
        .urgency(urgency)
        .version(version)
        .engagement(engagement)
        .rights(rights)
        .editorialNote(editorialNote)
        .media(media)
        .shareLinks(shareLinks)
        .followLinks(followLinks)
        .related(related)
        .extensions(extensions);
  }

  /**
   * Returns the article identifier (ninjs {@code uri}).
   *
   * @return the article identifier (ninjs {@code uri})
   */
  public String id() {
    return id;
  }

  /**
   * Returns other identifiers of the same article, with their roles.
   *
   * @return other identifiers of the same article, with their roles, unmodifiable, possibly empty
   */
  public List<AlternateId> alternateIds() {
    return alternateIds;
  }

  /**
   * Returns the canonical web address of the article.
   *
   * @return the canonical web address of the article, or null
   */
  public @Nullable String canonicalUrl() {
    return canonicalUrl;
  }

  /**
   * Returns the language of the article, a BCP 47 tag such as {@code ru} or {@code kk-Cyrl-KZ}.
   *
   * @return the language of the article, a BCP 47 tag such as {@code ru} or {@code kk-Cyrl-KZ}, or
   *     null
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * Returns the content type: {@code text}, {@code picture}, {@code video}, {@code audio}, {@code
   * graphic} or {@code composite} (ninjs {@code type}).
   *
   * @return the content type: {@code text}, {@code picture}, {@code video}, {@code audio}, {@code
   *     graphic} or {@code composite} (ninjs {@code type}), or null
   */
  public @Nullable String type() {
    return type;
  }

  /**
   * Returns the genres, such as news, analysis or interview.
   *
   * @return the genres, such as news, analysis or interview, unmodifiable, possibly empty
   */
  public List<Genre> genres() {
    return genres;
  }

  /**
   * Returns the rubric or section, such as {@code Лента новостей}.
   *
   * @return the rubric or section, such as {@code Лента новостей}, or null
   */
  public @Nullable String section() {
    return section;
  }

  /**
   * Returns the headline.
   *
   * @return the headline
   */
  public String headline() {
    return headline;
  }

  /**
   * Returns the subheadline or deck.
   *
   * @return the subheadline or deck, or null
   */
  public @Nullable String subheadline() {
    return subheadline;
  }

  /**
   * Returns the summary or lead.
   *
   * @return the summary or lead, or null
   */
  public @Nullable String summary() {
    return summary;
  }

  /**
   * Returns the newsroom slugline.
   *
   * @return the newsroom slugline, or null
   */
  public @Nullable String slugline() {
    return slugline;
  }

  /**
   * Returns the byline as displayed, when it differs from the author names.
   *
   * @return the byline as displayed, when it differs from the author names, or null
   */
  public @Nullable String byline() {
    return byline;
  }

  /**
   * Returns where the story was filed, as displayed (ninjs {@code located}).
   *
   * @return where the story was filed, as displayed (ninjs {@code located}), or null
   */
  public @Nullable String dateline() {
    return dateline;
  }

  /**
   * Returns the body, as ordered blocks.
   *
   * @return the body, as ordered blocks, unmodifiable, possibly empty
   */
  public List<Block> body() {
    return body;
  }

  /**
   * Returns the authors, people or organisations.
   *
   * @return the authors, people or organisations, unmodifiable, possibly empty
   */
  public List<Party> authors() {
    return authors;
  }

  /**
   * Returns the publisher.
   *
   * @return the publisher, or null
   */
  public @Nullable Party publisher() {
    return publisher;
  }

  /**
   * Returns where the information comes from, with the role of each source.
   *
   * @return where the information comes from, with the role of each source, unmodifiable, possibly
   *     empty
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns the people, organisations, places, events, objects and subjects it names.
   *
   * @return the people, organisations, places, events, objects and subjects it names, unmodifiable,
   *     possibly empty
   */
  public List<Entity> entities() {
    return entities;
  }

  /**
   * Returns the tags and keywords.
   *
   * @return the tags and keywords, unmodifiable, possibly empty
   */
  public List<String> keywords() {
    return keywords;
  }

  /**
   * Returns when it was first published.
   *
   * @return when it was first published, or null
   */
  public @Nullable NewsDateTime firstPublished() {
    return firstPublished;
  }

  /**
   * Returns when it was last modified.
   *
   * @return when it was last modified, or null
   */
  public @Nullable NewsDateTime modified() {
    return modified;
  }

  /**
   * Returns when its content was created.
   *
   * @return when its content was created, or null
   */
  public @Nullable NewsDateTime created() {
    return created;
  }

  /**
   * Returns until when it must not be published.
   *
   * @return until when it must not be published, or null
   */
  public @Nullable NewsDateTime embargoedUntil() {
    return embargoedUntil;
  }

  /**
   * Returns when it stops being usable.
   *
   * @return when it stops being usable, or null
   */
  public @Nullable NewsDateTime expires() {
    return expires;
  }

  /**
   * Returns the publication status.
   *
   * @return the publication status, or null
   */
  public @Nullable PublicationStatus status() {
    return status;
  }

  /**
   * Returns the editorial urgency, 1 (most urgent) to 9.
   *
   * @return the editorial urgency, 1 (most urgent) to 9, or null
   */
  public @Nullable Integer urgency() {
    return urgency;
  }

  /**
   * Returns the version of the article, as its publisher numbers it.
   *
   * @return the version of the article, as its publisher numbers it, or null
   */
  public @Nullable String version() {
    return version;
  }

  /**
   * Returns the engagement counters, such as views.
   *
   * @return the engagement counters, such as views, or null
   */
  public @Nullable Engagement engagement() {
    return engagement;
  }

  /**
   * Returns copyright and usage rights.
   *
   * @return copyright and usage rights, or null
   */
  public @Nullable Rights rights() {
    return rights;
  }

  /**
   * Returns a note to editors, not for publication (ninjs {@code edNote}).
   *
   * @return a note to editors, not for publication (ninjs {@code edNote}), or null
   */
  public @Nullable String editorialNote() {
    return editorialNote;
  }

  /**
   * Returns the attached media: photos, video, audio, graphics.
   *
   * @return the attached media: photos, video, audio, graphics, unmodifiable, possibly empty
   */
  public List<Media> media() {
    return media;
  }

  /**
   * Returns the share buttons offered with it.
   *
   * @return the share buttons offered with it, unmodifiable, possibly empty
   */
  public List<ShareLink> shareLinks() {
    return shareLinks;
  }

  /**
   * Returns the channels readers are invited to follow.
   *
   * @return the channels readers are invited to follow, unmodifiable, possibly empty
   */
  public List<FollowLink> followLinks() {
    return followLinks;
  }

  /**
   * Returns related articles.
   *
   * @return related articles, unmodifiable, possibly empty
   */
  public List<RelatedArticle> related() {
    return related;
  }

  /**
   * Returns properties the model has no field for.
   *
   * @return properties the model has no field for
   */
  public Extensions extensions() {
    return extensions;
  }

  /**
   * Returns a copy with another headline.
   *
   * @param value the headline
   * @return the copy
   */
  public Article withHeadline(String value) {
    return toBuilder().headline(value).build();
  }

  /**
   * Returns a copy with another canonicalUrl.
   *
   * @param value the canonical web address of the article
   * @return the copy
   */
  public Article withCanonicalUrl(@Nullable String value) {
    return toBuilder().canonicalUrl(value).build();
  }

  /**
   * Returns a copy with another language.
   *
   * @param value the language of the article, a BCP 47 tag such as {@code ru} or {@code kk-Cyrl-KZ}
   * @return the copy
   */
  public Article withLanguage(@Nullable String value) {
    return toBuilder().language(value).build();
  }

  /**
   * Returns a copy with another modified.
   *
   * @param value when it was last modified
   * @return the copy
   */
  public Article withModified(@Nullable NewsDateTime value) {
    return toBuilder().modified(value).build();
  }

  /**
   * Returns a copy with another engagement.
   *
   * @param value the engagement counters, such as views
   * @return the copy
   */
  public Article withEngagement(@Nullable Engagement value) {
    return toBuilder().engagement(value).build();
  }

  /**
   * Returns a copy with another body.
   *
   * @param value the body, as ordered blocks
   * @return the copy
   */
  public Article withBody(List<Block> value) {
    return toBuilder().body(value).build();
  }

  /**
   * Returns a copy with another media.
   *
   * @param value the attached media: photos, video, audio, graphics
   * @return the copy
   */
  public Article withMedia(List<Media> value) {
    return toBuilder().media(value).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Article that)) {
      return false;
    }
    return id.equals(that.id)
        && alternateIds.equals(that.alternateIds)
        && Objects.equals(canonicalUrl, that.canonicalUrl)
        && Objects.equals(language, that.language)
        && Objects.equals(type, that.type)
        && genres.equals(that.genres)
        && Objects.equals(section, that.section)
        && headline.equals(that.headline)
        && Objects.equals(subheadline, that.subheadline)
        && Objects.equals(summary, that.summary)
        && Objects.equals(slugline, that.slugline)
        && Objects.equals(byline, that.byline)
        && Objects.equals(dateline, that.dateline)
        && body.equals(that.body)
        && authors.equals(that.authors)
        && Objects.equals(publisher, that.publisher)
        && sources.equals(that.sources)
        && entities.equals(that.entities)
        && keywords.equals(that.keywords)
        && Objects.equals(firstPublished, that.firstPublished)
        && Objects.equals(modified, that.modified)
        && Objects.equals(created, that.created)
        && Objects.equals(embargoedUntil, that.embargoedUntil)
        && Objects.equals(expires, that.expires)
        && Objects.equals(status, that.status)
        && Objects.equals(urgency, that.urgency)
        && Objects.equals(version, that.version)
        && Objects.equals(engagement, that.engagement)
        && Objects.equals(rights, that.rights)
        && Objects.equals(editorialNote, that.editorialNote)
        && media.equals(that.media)
        && shareLinks.equals(that.shareLinks)
        && followLinks.equals(that.followLinks)
        && related.equals(that.related)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        alternateIds,
        canonicalUrl,
        language,
        type,
        genres,
        section,
        headline,
        subheadline,
        summary,
        slugline,
        byline,
        dateline,
        body,
        authors,
        publisher,
        sources,
        entities,
        keywords,
        firstPublished,
        modified,
        created,
        embargoedUntil,
        expires,
        status,
        urgency,
        version,
        engagement,
        rights,
        editorialNote,
        media,
        shareLinks,
        followLinks,
        related,
        extensions);
  }

  @Override
  public String toString() {
    return ValueText.of("Article")
        .add("id", id)
        .add("alternateIds", alternateIds)
        .add("canonicalUrl", canonicalUrl)
        .add("language", language)
        .add("type", type)
        .add("genres", genres)
        .add("section", section)
        .add("headline", headline)
        .add("subheadline", subheadline)
        .add("summary", summary)
        .add("slugline", slugline)
        .add("byline", byline)
        .add("dateline", dateline)
        .add("body", body)
        .add("authors", authors)
        .add("publisher", publisher)
        .add("sources", sources)
        .add("entities", entities)
        .add("keywords", keywords)
        .add("firstPublished", firstPublished)
        .add("modified", modified)
        .add("created", created)
        .add("embargoedUntil", embargoedUntil)
        .add("expires", expires)
        .add("status", status)
        .add("urgency", urgency)
        .add("version", version)
        .add("engagement", engagement)
        .add("rights", rights)
        .add("editorialNote", editorialNote)
        .add("media", media)
        .add("shareLinks", shareLinks)
        .add("followLinks", followLinks)
        .add("related", related)
        .add("extensions", extensions)
        .toString();
  }

  /** Builds a {@link Article}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private @Nullable String id;
    private List<AlternateId> alternateIds = List.of();
    private @Nullable String canonicalUrl;
    private @Nullable String language;
    private @Nullable String type;
    private List<Genre> genres = List.of();
    private @Nullable String section;
    private @Nullable String headline;
    private @Nullable String subheadline;
    private @Nullable String summary;
    private @Nullable String slugline;
    private @Nullable String byline;
    private @Nullable String dateline;
    private List<Block> body = List.of();
    private List<Party> authors = List.of();
    private @Nullable Party publisher;
    private List<Source> sources = List.of();
    private List<Entity> entities = List.of();
    private List<String> keywords = List.of();
    private @Nullable NewsDateTime firstPublished;
    private @Nullable NewsDateTime modified;
    private @Nullable NewsDateTime created;
    private @Nullable NewsDateTime embargoedUntil;
    private @Nullable NewsDateTime expires;
    private @Nullable PublicationStatus status;
    private @Nullable Integer urgency;
    private @Nullable String version;
    private @Nullable Engagement engagement;
    private @Nullable Rights rights;
    private @Nullable String editorialNote;
    private List<Media> media = List.of();
    private List<ShareLink> shareLinks = List.of();
    private List<FollowLink> followLinks = List.of();
    private List<RelatedArticle> related = List.of();
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets the article identifier (ninjs {@code uri}).
     *
     * @param value the article identifier (ninjs {@code uri})
     * @return this builder
     */
    public Builder id(String value) {
      this.id = Checks.required(value, "id");
      return this;
    }

    /**
     * Replaces other identifiers of the same article, with their roles.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder alternateIds(Collection<? extends AlternateId> values) {
      this.alternateIds = Checks.copy(values, "alternateIds");
      return this;
    }

    /**
     * Appends to other identifiers of the same article, with their roles.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addAlternateId(AlternateId value) {
      alternateIds = Checks.append(alternateIds, Checks.required(value, "alternateId"));
      return this;
    }

    /**
     * Sets the canonical web address of the article.
     *
     * @param value the canonical web address of the article, or null to clear
     * @return this builder
     */
    public Builder canonicalUrl(@Nullable String value) {
      this.canonicalUrl = value;
      return this;
    }

    /**
     * Sets the language of the article, a BCP 47 tag such as {@code ru} or {@code kk-Cyrl-KZ}.
     *
     * @param value the language of the article, a BCP 47 tag such as {@code ru} or {@code
     *     kk-Cyrl-KZ}, or null to clear
     * @return this builder
     */
    public Builder language(@Nullable String value) {
      this.language = value;
      return this;
    }

    /**
     * Sets the content type: {@code text}, {@code picture}, {@code video}, {@code audio}, {@code
     * graphic} or {@code composite} (ninjs {@code type}).
     *
     * @param value the content type: {@code text}, {@code picture}, {@code video}, {@code audio},
     *     {@code graphic} or {@code composite} (ninjs {@code type}), or null to clear
     * @return this builder
     */
    public Builder type(@Nullable String value) {
      this.type = value;
      return this;
    }

    /**
     * Replaces the genres, such as news, analysis or interview.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder genres(Collection<? extends Genre> values) {
      this.genres = Checks.copy(values, "genres");
      return this;
    }

    /**
     * Appends to the genres, such as news, analysis or interview.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addGenre(Genre value) {
      genres = Checks.append(genres, Checks.required(value, "genre"));
      return this;
    }

    /**
     * Sets the rubric or section, such as {@code Лента новостей}.
     *
     * @param value the rubric or section, such as {@code Лента новостей}, or null to clear
     * @return this builder
     */
    public Builder section(@Nullable String value) {
      this.section = value;
      return this;
    }

    /**
     * Sets the headline.
     *
     * @param value the headline
     * @return this builder
     */
    public Builder headline(String value) {
      this.headline = Checks.required(value, "headline");
      return this;
    }

    /**
     * Sets the subheadline or deck.
     *
     * @param value the subheadline or deck, or null to clear
     * @return this builder
     */
    public Builder subheadline(@Nullable String value) {
      this.subheadline = value;
      return this;
    }

    /**
     * Sets the summary or lead.
     *
     * @param value the summary or lead, or null to clear
     * @return this builder
     */
    public Builder summary(@Nullable String value) {
      this.summary = value;
      return this;
    }

    /**
     * Sets the newsroom slugline.
     *
     * @param value the newsroom slugline, or null to clear
     * @return this builder
     */
    public Builder slugline(@Nullable String value) {
      this.slugline = value;
      return this;
    }

    /**
     * Sets the byline as displayed, when it differs from the author names.
     *
     * @param value the byline as displayed, when it differs from the author names, or null to clear
     * @return this builder
     */
    public Builder byline(@Nullable String value) {
      this.byline = value;
      return this;
    }

    /**
     * Sets where the story was filed, as displayed (ninjs {@code located}).
     *
     * @param value where the story was filed, as displayed (ninjs {@code located}), or null to
     *     clear
     * @return this builder
     */
    public Builder dateline(@Nullable String value) {
      this.dateline = value;
      return this;
    }

    /**
     * Replaces the body, as ordered blocks.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder body(Collection<? extends Block> values) {
      this.body = Checks.copy(values, "body");
      return this;
    }

    /**
     * Appends to the body, as ordered blocks.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addBlock(Block value) {
      body = Checks.append(body, Checks.required(value, "block"));
      return this;
    }

    /**
     * Replaces the authors, people or organisations.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder authors(Collection<? extends Party> values) {
      this.authors = Checks.copy(values, "authors");
      return this;
    }

    /**
     * Appends to the authors, people or organisations.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addAuthor(Party value) {
      authors = Checks.append(authors, Checks.required(value, "author"));
      return this;
    }

    /**
     * Sets the publisher.
     *
     * @param value the publisher, or null to clear
     * @return this builder
     */
    public Builder publisher(@Nullable Party value) {
      this.publisher = value;
      return this;
    }

    /**
     * Replaces where the information comes from, with the role of each source.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder sources(Collection<? extends Source> values) {
      this.sources = Checks.copy(values, "sources");
      return this;
    }

    /**
     * Appends to where the information comes from, with the role of each source.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addSource(Source value) {
      sources = Checks.append(sources, Checks.required(value, "source"));
      return this;
    }

    /**
     * Replaces the people, organisations, places, events, objects and subjects it names.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder entities(Collection<? extends Entity> values) {
      this.entities = Checks.copy(values, "entities");
      return this;
    }

    /**
     * Appends to the people, organisations, places, events, objects and subjects it names.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addEntity(Entity value) {
      entities = Checks.append(entities, Checks.required(value, "entity"));
      return this;
    }

    /**
     * Replaces the tags and keywords.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder keywords(Collection<? extends String> values) {
      this.keywords = Checks.copy(values, "keywords");
      return this;
    }

    /**
     * Appends to the tags and keywords.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addKeyword(String value) {
      keywords = Checks.append(keywords, Checks.required(value, "keyword"));
      return this;
    }

    /**
     * Sets when it was first published.
     *
     * @param value when it was first published, or null to clear
     * @return this builder
     */
    public Builder firstPublished(@Nullable NewsDateTime value) {
      this.firstPublished = value;
      return this;
    }

    /**
     * Sets when it was last modified.
     *
     * @param value when it was last modified, or null to clear
     * @return this builder
     */
    public Builder modified(@Nullable NewsDateTime value) {
      this.modified = value;
      return this;
    }

    /**
     * Sets when its content was created.
     *
     * @param value when its content was created, or null to clear
     * @return this builder
     */
    public Builder created(@Nullable NewsDateTime value) {
      this.created = value;
      return this;
    }

    /**
     * Sets until when it must not be published.
     *
     * @param value until when it must not be published, or null to clear
     * @return this builder
     */
    public Builder embargoedUntil(@Nullable NewsDateTime value) {
      this.embargoedUntil = value;
      return this;
    }

    /**
     * Sets when it stops being usable.
     *
     * @param value when it stops being usable, or null to clear
     * @return this builder
     */
    public Builder expires(@Nullable NewsDateTime value) {
      this.expires = value;
      return this;
    }

    /**
     * Sets the publication status.
     *
     * @param value the publication status, or null to clear
     * @return this builder
     */
    public Builder status(@Nullable PublicationStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets the editorial urgency, 1 (most urgent) to 9.
     *
     * @param value the editorial urgency, 1 (most urgent) to 9, or null to clear
     * @return this builder
     */
    public Builder urgency(@Nullable Integer value) {
      this.urgency = value;
      return this;
    }

    /**
     * Sets the version of the article, as its publisher numbers it.
     *
     * @param value the version of the article, as its publisher numbers it, or null to clear
     * @return this builder
     */
    public Builder version(@Nullable String value) {
      this.version = value;
      return this;
    }

    /**
     * Sets the engagement counters, such as views.
     *
     * @param value the engagement counters, such as views, or null to clear
     * @return this builder
     */
    public Builder engagement(@Nullable Engagement value) {
      this.engagement = value;
      return this;
    }

    /**
     * Sets copyright and usage rights.
     *
     * @param value copyright and usage rights, or null to clear
     * @return this builder
     */
    public Builder rights(@Nullable Rights value) {
      this.rights = value;
      return this;
    }

    /**
     * Sets a note to editors, not for publication (ninjs {@code edNote}).
     *
     * @param value a note to editors, not for publication (ninjs {@code edNote}), or null to clear
     * @return this builder
     */
    public Builder editorialNote(@Nullable String value) {
      this.editorialNote = value;
      return this;
    }

    /**
     * Replaces the attached media: photos, video, audio, graphics.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder media(Collection<? extends Media> values) {
      this.media = Checks.copy(values, "media");
      return this;
    }

    /**
     * Appends to the attached media: photos, video, audio, graphics.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addMedia(Media value) {
      media = Checks.append(media, Checks.required(value, "media"));
      return this;
    }

    /**
     * Replaces the share buttons offered with it.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder shareLinks(Collection<? extends ShareLink> values) {
      this.shareLinks = Checks.copy(values, "shareLinks");
      return this;
    }

    /**
     * Appends to the share buttons offered with it.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addShareLink(ShareLink value) {
      shareLinks = Checks.append(shareLinks, Checks.required(value, "shareLink"));
      return this;
    }

    /**
     * Replaces the channels readers are invited to follow.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder followLinks(Collection<? extends FollowLink> values) {
      this.followLinks = Checks.copy(values, "followLinks");
      return this;
    }

    /**
     * Appends to the channels readers are invited to follow.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addFollowLink(FollowLink value) {
      followLinks = Checks.append(followLinks, Checks.required(value, "followLink"));
      return this;
    }

    /**
     * Replaces related articles.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder related(Collection<? extends RelatedArticle> values) {
      this.related = Checks.copy(values, "related");
      return this;
    }

    /**
     * Appends to related articles.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addRelated(RelatedArticle value) {
      related = Checks.append(related, Checks.required(value, "related"));
      return this;
    }

    /**
     * Sets properties the model has no field for.
     *
     * @param value the extensions
     * @return this builder
     */
    public Builder extensions(Extensions value) {
      this.extensions = Checks.required(value, "extensions");
      return this;
    }

    /**
     * Builds the article.
     *
     * @return the article
     * @throws NullPointerException if {@code id}, {@code headline} were not set
     */
    public Article build() {
      return new Article(this);
    }
  }
}
