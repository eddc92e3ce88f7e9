package io.github.newsmodel.validation.internal;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
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
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.media.FocalPoint;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.ValidShareLinkValidator;
import io.github.newsmodel.time.NewsDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of {@code NewsValidator} for articles: checks every Bean Validation constraint of
 * the model directly, with the constraint validators' own static rules, and answers only whether
 * the article is certainly free of problems (errors and warnings). When it is not, Hibernate
 * Validator validates the article as usual, so every report still comes from Hibernate Validator.
 *
 * <p>It must be at least as strict as the annotations: when a constraint is added to or changed on
 * a model class, this class must change with it. {@code ModelCheckTest} compares the constraints
 * Hibernate Validator reads from the model with a snapshot and fails until both are updated.
 * Internal, not API.
 */
public final class ModelCheck {

  private ModelCheck() {}

  /**
   * Tells whether Hibernate Validator would certainly find no problem on the article.
   *
   * @param a the article
   * @return true when every constraint holds; false when one fails or cannot be decided here
   */
  public static boolean isCertainlyValid(Article a) {
    // @ChronologicalDates
    NewsDateTime published = a.firstPublished();
    NewsDateTime modified = a.modified();
    if (published != null && modified != null && modified.isBefore(published)) {
      return false;
    }
    return required(a.id())
        && clean(a.id())
        && url(a.canonicalUrl())
        && language(a.language())
        && clean(a.section())
        && visible(a.section())
        && required(a.headline())
        && clean(a.headline())
        && visible(a.headline())
        && clean(a.subheadline())
        && visible(a.subheadline())
        && multiline(a.summary())
        && visible(a.summary())
        && clean(a.slugline())
        && clean(a.byline())
        && clean(a.dateline())
        && blocks(a.body())
        && parties(a.authors())
        && party(a.publisher())
        && sources(a.sources())
        && entities(a.entities())
        && keywords(a.keywords())
        && withOffset(a.firstPublished())
        && withOffset(a.modified())
        && withOffset(a.created())
        && withOffset(a.embargoedUntil())
        && withOffset(a.expires())
        && range(a.urgency(), 1, 9)
        && engagement(a.engagement())
        && rights(a.rights())
        && multiline(a.editorialNote())
        && media(a.media())
        && shareLinks(a.shareLinks())
        && followLinks(a.followLinks())
        && related(a.related())
        && genres(a.genres());
    // alternateIds: AlternateId has no constraints
  }

  // ---------------------------------------------------------------- constraints

  /** {@code @NotBlank}, as Hibernate Validator checks it: not null, not empty after trim(). */
  private static boolean required(@Nullable String value) {
    if (value == null) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > ' ') {
        return true;
      }
    }
    return false;
  }

  /** {@code @CleanText}. */
  private static boolean clean(@Nullable String value) {
    return CleanTextValidator.isClean(value, false);
  }

  /** {@code @NoInvisibleText}: a zero-width character means a warning, so not certainly clean. */
  private static boolean visible(@Nullable String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (NoInvisibleTextValidator.isInvisible(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code @CleanText(multiline = true)}. */
  private static boolean multiline(@Nullable String value) {
    return CleanTextValidator.isClean(value, true);
  }

  /** {@code @HttpUrl}. */
  private static boolean url(@Nullable String value) {
    return url(value, false);
  }

  /** {@code @HttpUrl(allowMailto = ...)}. */
  private static boolean url(@Nullable String value, boolean allowMailto) {
    // a homograph host is a warning, which the fast path must leave to Hibernate Validator too
    return value == null
        || PlainUrl.isPlainHttpUrl(value)
        || (HttpUrlValidator.problemCode(value, allowMailto) == null
            && !HttpUrlValidator.isHomograph(value));
  }

  /** {@code @LanguageTag}. */
  private static boolean language(@Nullable String value) {
    return value == null || LanguageTagValidator.isWellFormed(value);
  }

  /** {@code @WithOffset}. */
  private static boolean withOffset(@Nullable NewsDateTime value) {
    return value == null || value.hasOffset();
  }

  /** {@code @Min(min) @Max(max)}. */
  private static boolean range(@Nullable Integer value, int min, int max) {
    return value == null || (value >= min && value <= max);
  }

  /** {@code @Positive} on an integer. */
  private static boolean positive(@Nullable Number value) {
    return value == null || value.longValue() > 0;
  }

  /** {@code @PositiveOrZero} on an integer. */
  private static boolean positiveOrZero(@Nullable Long value) {
    return value == null || value >= 0;
  }

  /** {@code @DecimalMin("0.0") @DecimalMax("1.0")}; NaN is left to Hibernate Validator. */
  private static boolean unit(double value) {
    return value >= 0.0 && value <= 1.0;
  }

  // ---------------------------------------------------------------- cascades

  private static boolean blocks(List<Block> blocks) {
    for (Block block : blocks) {
      if (!block(block)) {
        return false;
      }
    }
    return true;
  }

  private static boolean block(Block block) {
    if (block instanceof Paragraph paragraph) {
      return inlines(paragraph.content());
    }
    if (block instanceof Heading heading) {
      return heading.level() >= 2 && heading.level() <= 6 && inlines(heading.content());
    }
    if (block instanceof Quote quote) {
      return inlines(quote.content()) && clean(quote.attribution());
    }
    if (block instanceof ListBlock list) {
      for (List<Inline> item : list.items()) {
        if (!inlines(item)) {
          return false;
        }
      }
      return true;
    }
    if (block instanceof MediaReference) {
      return true;
    }
    if (block instanceof Embed embed) {
      return url(embed.url()) && clean(embed.title());
    }
    return false;
  }

  private static boolean inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (!inline(inline)) {
        return false;
      }
    }
    return true;
  }

  private static boolean inline(Inline inline) {
    if (inline instanceof Inline.Text text) {
      return clean(text.value());
    }
    if (inline instanceof Inline.Link link) {
      return url(link.href(), true) && inlines(link.content());
    }
    if (inline instanceof Inline.Styled styled) {
      return inlines(styled.content());
    }
    return inline instanceof Inline.LineBreak;
  }

  private static boolean parties(List<Party> parties) {
    for (Party party : parties) {
      if (!party(party)) {
        return false;
      }
    }
    return true;
  }

  private static boolean party(@Nullable Party p) {
    return p == null
        || (required(p.name())
            && clean(p.name())
            && clean(p.role())
            && url(p.url())
            && clean(p.jobTitle())
            && url(p.logoUrl()));
  }

  private static boolean sources(List<Source> sources) {
    for (Source s : sources) {
      if (!(required(s.name()) && clean(s.name()) && url(s.url()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean entities(List<Entity> entities) {
    for (Entity e : entities) {
      if (!(required(e.name())
          && clean(e.name())
          && range(e.relevance(), 0, 100)
          && range(e.confidence(), 0, 100)
          && language(e.language()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean genres(List<Genre> genres) {
    for (Genre g : genres) {
      if (!clean(g.name())) {
        return false;
      }
    }
    return true;
  }

  private static boolean keywords(List<String> keywords) {
    for (String keyword : keywords) {
      if (!(required(keyword) && clean(keyword))) {
        return false;
      }
    }
    return true;
  }

  private static boolean engagement(@Nullable Engagement e) {
    return e == null
        || (positiveOrZero(e.views())
            && positiveOrZero(e.shares())
            && positiveOrZero(e.comments())
            && positiveOrZero(e.reactions()));
  }

  private static boolean rights(@Nullable Rights r) {
    return r == null
        || (clean(r.copyrightHolder())
            && multiline(r.copyrightNotice())
            && multiline(r.usageTerms())
            && url(r.rightsUrl()));
  }

  private static boolean media(List<Media> media) {
    for (Media m : media) {
      if (!(required(m.id())
          && clean(m.title())
          && multiline(m.caption())
          && multiline(m.altText())
          && clean(m.creditLine())
          && party(m.creator())
          && clean(m.copyrightNotice())
          && url(m.licenseUrl())
          && multiline(m.usageTerms())
          && language(m.language())
          && renditions(m.renditions())
          && focalPoint(m.focalPoint()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean renditions(List<Rendition> renditions) {
    for (Rendition r : renditions) {
      Double frameRate = r.frameRate();
      if (!(url(r.url())
          && (r.mediaType() == null || MediaTypeValidator.isMediaType(r.mediaType()))
          && positive(r.width())
          && positive(r.height())
          && positiveOrZero(r.sizeBytes())
          && (frameRate == null || frameRate > 0)
          && positive(r.bitrate()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean focalPoint(@Nullable FocalPoint f) {
    return f == null || (unit(f.x()) && unit(f.y()));
  }

  private static boolean shareLinks(List<ShareLink> links) {
    for (ShareLink link : links) {
      if (!ValidShareLinkValidator.accepts(link)) {
        return false;
      }
    }
    return true;
  }

  private static boolean followLinks(List<FollowLink> links) {
    for (FollowLink f : links) {
      if (!(required(f.service()) && url(f.url()) && clean(f.label()) && language(f.language()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean related(List<RelatedArticle> related) {
    for (RelatedArticle r : related) {
      if (!(url(r.url()) && clean(r.headline()))) {
        return false;
      }
    }
    return true;
  }
}
