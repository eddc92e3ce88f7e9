package io.github.newsmodel.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.body.Embed;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.fixtures.SeedArticle;
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
import io.github.newsmodel.validation.NewsValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path of {@code NewsValidator} must never call an article valid that Hibernate Validator
 * would report on: it is checked against the model's constraints (a snapshot that fails when they
 * change) and against Hibernate Validator on one broken value per constraint.
 */
class ModelCheckTest {

  private static final String SNAPSHOT = "model-constraints.txt";

  private static final Validator ENGINE =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .ignoreXmlConfiguration()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Test
  void theModelHasTheConstraintsModelCheckWasWrittenFor() throws Exception {
    String expected;
    try (InputStream in = ModelCheckTest.class.getResourceAsStream(SNAPSHOT)) {
      assertThat(in).as(SNAPSHOT).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String actual = describeModel();
    if (!actual.equals(expected)) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target", "model-constraints.actual.txt"), actual);
    }
    assertThat(actual)
        .as(
            "The Bean Validation constraints of the model changed. Make ModelCheck check exactly "
                + "the new constraints, then update src/test/resources/.../"
                + SNAPSHOT
                + " with the text below (also written to target/model-constraints.actual.txt).")
        .isEqualTo(expected);
  }

  @Test
  void validArticlesPass() {
    assertThat(ModelCheck.isCertainlyValid(SeedArticle.article())).isTrue();
    assertThat(ModelCheck.isCertainlyValid(base().build())).isTrue();
    assertThat(ENGINE.validate(base().build())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void everyBrokenConstraintFailsTheFastPathAndIsReported(String name, Article article) {
    assertThat(ENGINE.validate(article)).as("Hibernate Validator on " + name).isNotEmpty();
    assertThat(ModelCheck.isCertainlyValid(article)).as("fast path on " + name).isFalse();
    assertThat(NewsValidator.shared().validate(article).problems()).isNotEmpty();
  }

  private static Article.Builder base() {
    return Article.builder("id-1", "Headline")
        .canonicalUrl("https://example.com/a")
        .language("en")
        .firstPublished(NewsDateTime.parse("2026-01-01T10:00:00+01:00"))
        .modified(NewsDateTime.parse("2026-01-01T11:00:00+01:00"))
        .addBlock(
            Paragraph.of(Inline.text("a"), Inline.link("https://example.com", Inline.text("b"))))
        .addBlock(Heading.of(2, "h"))
        .addBlock(Quote.of("q", "someone"))
        .addBlock(ListBlock.of(true, "one", "two"))
        .addBlock(Embed.of("https://video.example.com/1", "Example"))
        .addAuthor(Party.person("Jane"))
        .publisher(Party.organization("Org"))
        .addSource(Source.of("Agency"))
        .addEntity(Entity.of(EntityKind.PLACE, "Almaty"))
        .addKeyword("k")
        .urgency(3)
        .engagement(Engagement.views(1, null))
        .rights(Rights.builder().copyrightHolder("Org").rightsUrl("https://example.com/r").build())
        .addMedia(
            Media.builder(MediaKind.IMAGE, "m1")
                .addRendition(
                    Rendition.builder("https://example.com/i.jpg")
                        .mediaType("image/jpeg")
                        .width(10)
                        .height(10)
                        .sizeBytes(0L)
                        .frameRate(25.0)
                        .bitrate(1L)
                        .build())
                .focalPoint(new FocalPoint(0.5, 0.5))
                .build())
        .addShareLink(ShareLink.of(SharePlatform.TELEGRAM, "https://example.com/a", "t"))
        .addFollowLink(FollowLink.of("telegram", "https://t.me/x"))
        .addRelated(RelatedArticle.of("https://example.com/b", "B"))
        .addGenre(Genre.named("News"));
  }

  private static Media.Builder media() {
    return Media.builder(MediaKind.IMAGE, "m2");
  }

  private static Rendition.Builder rendition() {
    return Rendition.builder("https://example.com/j.jpg");
  }

  private static Stream<Arguments> broken() {
    Map<String, Function<Article.Builder, Article.Builder>> cases = new TreeMap<>();
    String bad = "a\u0007b";
    String bidi = "a\u202Eb";
    cases.put(
        "dates out of order", b -> b.modified(NewsDateTime.parse("2025-01-01T10:00:00+01:00")));
    cases.put("id blank", b -> b.id(" "));
    cases.put("id control", b -> b.id(bad));
    cases.put("canonicalUrl", b -> b.canonicalUrl("ftp://x"));
    // a warning, not an error: the fast path must still leave it to Hibernate Validator
    cases.put("canonicalUrl homograph", b -> b.canonicalUrl("https://\u0430pple.com/a"));
    cases.put(
        "related url homograph",
        b -> b.addRelated(RelatedArticle.of("https://p\u0430ypal.com/b", "B")));
    cases.put(
        "link href homograph",
        b -> b.addBlock(Paragraph.of(Inline.link("https://\u0430pple.com/x", Inline.text("t")))));
    cases.put(
        "rendition url punycode homograph",
        b ->
            b.addMedia(
                media()
                    .addRendition(Rendition.builder("https://xn--pple-43d.com/j.jpg").build())
                    .build()));
    cases.put("language", b -> b.language("not a tag"));
    cases.put("section", b -> b.section(bidi));
    cases.put("headline blank", b -> b.headline("\t"));
    cases.put("headline line break", b -> b.headline("a\nb"));
    cases.put("subheadline", b -> b.subheadline(bad));
    cases.put("summary", b -> b.summary(bidi));
    cases.put("slugline", b -> b.slugline(bad));
    cases.put("byline", b -> b.byline(bad));
    cases.put("dateline", b -> b.dateline(bad));
    cases.put("paragraph text", b -> b.addBlock(Paragraph.of(bad)));
    cases.put(
        "link href", b -> b.addBlock(Paragraph.of(Inline.link("javascript:x", Inline.text("t")))));
    cases.put("strong text", b -> b.addBlock(Paragraph.of(Inline.strong(Inline.text(bidi)))));
    cases.put("heading level", b -> b.addBlock(Heading.of(1, "h")));
    cases.put("heading text", b -> b.addBlock(Heading.of(3, bad)));
    cases.put("quote attribution", b -> b.addBlock(Quote.of("q", bad)));
    cases.put("quote text", b -> b.addBlock(Quote.of(bad, null)));
    cases.put("list item", b -> b.addBlock(ListBlock.of(false, "ok", bad)));
    cases.put("embed url", b -> b.addBlock(Embed.of("ftp://x", null)));
    cases.put("author name", b -> b.addAuthor(Party.person(" ")));
    cases.put("author url", b -> b.addAuthor(Party.person("A").withUrl("ftp://x")));
    cases.put("author role", b -> b.addAuthor(Party.person("A").withRole(bad)));
    cases.put(
        "publisher job title",
        b -> b.publisher(Party.builder(PartyKind.PERSON, "P").jobTitle(bad).build()));
    cases.put(
        "publisher logo",
        b -> b.publisher(Party.builder(PartyKind.ORGANIZATION, "P").logoUrl("ftp://x").build()));
    cases.put("source name", b -> b.addSource(Source.of(bad)));
    cases.put("source url", b -> b.addSource(Source.builder("S").url("ftp://x").build()));
    cases.put("entity name", b -> b.addEntity(Entity.of(EntityKind.PERSON, " ")));
    cases.put(
        "entity relevance",
        b -> b.addEntity(Entity.builder(EntityKind.PERSON, "E").relevance(101).build()));
    cases.put(
        "entity confidence",
        b -> b.addEntity(Entity.builder(EntityKind.PERSON, "E").confidence(-1).build()));
    cases.put(
        "entity language",
        b -> b.addEntity(Entity.builder(EntityKind.PERSON, "E").language("??").build()));
    cases.put("keyword blank", b -> b.addKeyword(" "));
    cases.put("keyword control", b -> b.addKeyword(bad));
    cases.put(
        "firstPublished offset", b -> b.firstPublished(NewsDateTime.parse("2026-01-01T09:00:00")));
    cases.put("created offset", b -> b.created(NewsDateTime.parse("2026-01-01T09:00:00")));
    cases.put("embargo offset", b -> b.embargoedUntil(NewsDateTime.parse("2026-01-01T09:00:00")));
    cases.put("expires offset", b -> b.expires(NewsDateTime.parse("2026-01-01T09:00:00")));
    cases.put("urgency", b -> b.urgency(0));
    cases.put("engagement", b -> b.engagement(Engagement.builder().comments(-1L).build()));
    cases.put("rights notice", b -> b.rights(Rights.builder().copyrightNotice(bidi).build()));
    cases.put("rights url", b -> b.rights(Rights.builder().rightsUrl("ftp://x").build()));
    cases.put("editorialNote", b -> b.editorialNote(bad));
    cases.put("media id", b -> b.addMedia(Media.builder(MediaKind.IMAGE, " ").build()));
    cases.put("media caption", b -> b.addMedia(media().caption(bad).build()));
    cases.put("media alt text", b -> b.addMedia(media().altText(bidi).build()));
    cases.put("media title", b -> b.addMedia(media().title(bad).build()));
    cases.put("media credit", b -> b.addMedia(media().creditLine(bad).build()));
    cases.put("media creator", b -> b.addMedia(media().creator(Party.person(" ")).build()));
    cases.put("media copyright", b -> b.addMedia(media().copyrightNotice(bad).build()));
    cases.put("media licence", b -> b.addMedia(media().licenseUrl("ftp://x").build()));
    cases.put("media usage terms", b -> b.addMedia(media().usageTerms(bidi).build()));
    cases.put("media language", b -> b.addMedia(media().language("??").build()));
    cases.put("focal point", b -> b.addMedia(media().focalPoint(new FocalPoint(1.5, 0)).build()));
    cases.put(
        "rendition url",
        b -> b.addMedia(media().addRendition(Rendition.builder("ftp://x").build()).build()));
    cases.put(
        "rendition media type",
        b -> b.addMedia(media().addRendition(rendition().mediaType("jpeg").build()).build()));
    cases.put(
        "rendition width",
        b -> b.addMedia(media().addRendition(rendition().width(0).build()).build()));
    cases.put(
        "rendition height",
        b -> b.addMedia(media().addRendition(rendition().height(-1).build()).build()));
    cases.put(
        "rendition size",
        b -> b.addMedia(media().addRendition(rendition().sizeBytes(-1L).build()).build()));
    cases.put(
        "rendition frame rate",
        b -> b.addMedia(media().addRendition(rendition().frameRate(0.0).build()).build()));
    cases.put(
        "rendition bitrate",
        b -> b.addMedia(media().addRendition(rendition().bitrate(0L).build()).build()));
    cases.put(
        "share link host",
        b ->
            b.addShareLink(
                ShareLink.ofUrl(SharePlatform.TELEGRAM, "https://evil.example.com/share")));
    cases.put("follow link url", b -> b.addFollowLink(FollowLink.of("x", "ftp://x")));
    cases.put("follow link service", b -> b.addFollowLink(FollowLink.of(" ", "https://x.com")));
    cases.put(
        "follow link label",
        b -> b.addFollowLink(FollowLink.of("x", "https://x.com").withLabel(bad, null)));
    cases.put(
        "follow link language",
        b -> b.addFollowLink(FollowLink.of("x", "https://x.com").withLabel("ok", "??")));
    cases.put("related url", b -> b.addRelated(RelatedArticle.of("ftp://x", null)));
    cases.put("related headline", b -> b.addRelated(RelatedArticle.of("https://x.com", bad)));
    cases.put("genre", b -> b.addGenre(Genre.named(bad)));
    List<Arguments> arguments = new ArrayList<>();
    cases.forEach(
        (name, change) -> arguments.add(Arguments.of(name, change.apply(base()).build())));
    return arguments.stream();
  }

  /** Describes every constraint and cascade Hibernate Validator finds on the model types. */
  static String describeModel() throws ReflectiveOperationException {
    Field field = NewsValidator.class.getDeclaredField("MODEL_TYPES");
    field.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<Class<?>> types = new ArrayList<>((Set<Class<?>>) field.get(null));
    types.sort(Comparator.comparing(Class::getName));
    StringBuilder text = new StringBuilder();
    for (Class<?> type : types) {
      BeanDescriptor bean = ENGINE.getConstraintsForClass(type);
      text.append(type.getName()).append('\n');
      for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
        text.append("  (class) ").append(describe(constraint)).append('\n');
      }
      List<PropertyDescriptor> properties = new ArrayList<>(bean.getConstrainedProperties());
      properties.sort(Comparator.comparing(PropertyDescriptor::getPropertyName));
      for (PropertyDescriptor property : properties) {
        text.append("  ")
            .append(property.getPropertyName())
            .append(property.isCascaded() ? " @Valid" : "")
            .append(' ')
            .append(describe(property.getConstraintDescriptors()))
            .append(describeElements(property.getConstrainedContainerElementTypes()))
            .append('\n');
      }
    }
    return text.toString();
  }

  private static String describeElements(Set<ContainerElementTypeDescriptor> elements) {
    StringBuilder text = new StringBuilder();
    for (ContainerElementTypeDescriptor element : elements) {
      text.append(" <")
          .append(element.getContainerClass().getSimpleName())
          .append(element.isCascaded() ? " @Valid" : "")
          .append(' ')
          .append(describe(element.getConstraintDescriptors()))
          .append(describeElements(element.getConstrainedContainerElementTypes()))
          .append('>');
    }
    return text.toString();
  }

  private static String describe(Set<ConstraintDescriptor<?>> constraints) {
    List<String> described = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : constraints) {
      described.add(describe(constraint));
    }
    Collections.sort(described);
    return described.toString();
  }

  private static String describe(ConstraintDescriptor<?> constraint) {
    Map<String, Object> attributes = new TreeMap<>(constraint.getAttributes());
    attributes.remove("groups");
    attributes.remove("payload");
    attributes.remove("message");
    List<String> payload = new ArrayList<>();
    constraint.getPayload().forEach(p -> payload.add(p.getSimpleName()));
    Collections.sort(payload);
    return "@"
        + constraint.getAnnotation().annotationType().getSimpleName()
        + attributes
        + (payload.isEmpty() ? "" : " payload" + payload)
        + (constraint.getComposingConstraints().isEmpty()
            ? ""
            : " composing" + describe(Set.copyOf(constraint.getComposingConstraints())));
  }
}
