package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.party.SourceRoles;
import io.github.newsmodel.time.NewsDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the schema.org NewsArticle JSON-LD tree of an article; see the package documentation. */
final class JsonLdWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonLdWriter() {}

  static ObjectNode toTree(Article article) {
    ObjectNode root = NODES.objectNode();
    root.put("@context", "https://schema.org");
    JsonValue type = article.extensions().get("@type").orElse(null);
    if (type != null) {
      root.set("@type", TreeValues.toNode(type));
    } else {
      root.put("@type", "NewsArticle");
    }
    root.put("identifier", article.id());
    root.put("headline", article.headline());
    putText(root, "alternativeHeadline", article.subheadline());
    putText(root, "description", article.summary());
    String body = ArticleBodies.plainText(article.body());
    if (!body.isEmpty()) {
      root.put("articleBody", body);
    }
    putText(root, "articleSection", article.section());
    if (!article.keywords().isEmpty()) {
      ArrayNode keywords = root.putArray("keywords");
      article.keywords().forEach(keywords::add);
    }
    putText(root, "inLanguage", article.language());
    putDate(root, "datePublished", article.firstPublished());
    putDate(root, "dateModified", article.modified());
    putDate(root, "dateCreated", article.created());
    putDate(root, "expires", article.expires());
    putText(root, "dateline", article.dateline());
    putAuthors(root, article);
    if (article.publisher() != null) {
      root.set("publisher", party(article.publisher(), true));
    }
    MediaWriter.write(article, root);
    putCounters(root, article.engagement());
    putSources(root, article);
    putEntities(root, article);
    if (!article.genres().isEmpty()) {
      ArrayNode genres = NODES.arrayNode();
      for (Genre genre : article.genres()) {
        if (genre.name() != null) {
          genres.add(genre.name());
        }
      }
      if (!genres.isEmpty()) {
        root.set("genre", genres);
      }
    }
    putRights(root, article.rights());
    if (article.canonicalUrl() != null) {
      ObjectNode page = root.putObject("mainEntityOfPage");
      page.put("@type", "WebPage");
      page.put("@id", article.canonicalUrl());
      root.put("url", article.canonicalUrl());
    }
    TreeValues.writeExtensions(root, article.extensions());
    return root;
  }

  /**
   * Authors with role {@code creator}, {@code editor} or {@code contributor} go to the property of
   * that name, all others to {@code author}; the role itself is not written.
   */
  private static void putAuthors(ObjectNode root, Article article) {
    for (String property : new String[] {"author", "creator", "editor", "contributor"}) {
      ArrayNode parties = NODES.arrayNode();
      for (Party party : article.authors()) {
        String role = party.role();
        boolean special =
            "creator".equals(role) || "editor".equals(role) || "contributor".equals(role);
        if (special ? property.equals(role) : property.equals("author")) {
          parties.add(party(party, false));
        }
      }
      if (!parties.isEmpty()) {
        root.set(property, parties);
      }
    }
  }

  /** A Person or Organization with name, url, sameAs (the uri), jobTitle and, for orgs, a logo. */
  static ObjectNode party(Party party, boolean withLogo) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", party.kind() == PartyKind.PERSON ? "Person" : "Organization");
    node.put("name", party.name());
    putText(node, "url", party.url());
    putText(node, "sameAs", party.uri());
    putText(node, "jobTitle", party.jobTitle());
    if (party.logoUrl() != null && (withLogo || party.kind() == PartyKind.ORGANIZATION)) {
      ObjectNode logo = node.putObject("logo");
      logo.put("@type", "ImageObject");
      logo.put("url", party.logoUrl());
      logo.put("contentUrl", party.logoUrl());
    }
    TreeValues.writeExtensions(node, party.extensions());
    return node;
  }

  private static void putCounters(ObjectNode root, @Nullable Engagement engagement) {
    if (engagement == null) {
      return;
    }
    ArrayNode counters = NODES.arrayNode();
    addCounter(counters, Counters.VIEWS, engagement.views());
    addCounter(counters, Counters.SHARES, engagement.shares());
    addCounter(counters, Counters.COMMENTS, engagement.comments());
    addCounter(counters, Counters.REACTIONS, engagement.reactions());
    if (!counters.isEmpty()) {
      root.set("interactionStatistic", counters);
    }
  }

  private static void addCounter(ArrayNode counters, String action, @Nullable Long count) {
    if (count != null) {
      ObjectNode counter = counters.addObject();
      counter.put("@type", "InteractionCounter");
      counter.put("interactionType", "https://schema.org/" + action);
      counter.put("userInteractionCount", count.longValue());
    }
  }

  /**
   * relayedFrom sources become {@code isBasedOn} CreativeWorks published by the source; every other
   * source becomes a {@code sourceOrganization}.
   */
  private static void putSources(ObjectNode root, Article article) {
    ArrayNode basedOn = NODES.arrayNode();
    ArrayNode organizations = NODES.arrayNode();
    for (Source source : article.sources()) {
      if (source.roles().contains(SourceRoles.RELAYED_FROM)) {
        ObjectNode work = basedOn.addObject();
        work.put("@type", "CreativeWork");
        putText(work, "url", source.url());
        ObjectNode publisher = work.putObject("publisher");
        publisher.put("@type", source.kind() == PartyKind.PERSON ? "Person" : "Organization");
        publisher.put("name", source.name());
        putText(publisher, "sameAs", source.uri());
      }
      if (!source.roles().contains(SourceRoles.RELAYED_FROM)
          || source.roles().contains(SourceRoles.ORIGINATOR)) {
        ObjectNode organization = organizations.addObject();
        organization.put("@type", "Organization");
        organization.put("name", source.name());
        putText(organization, "url", source.url());
        putText(organization, "sameAs", source.uri());
      }
    }
    if (!basedOn.isEmpty()) {
      root.set("isBasedOn", basedOn);
    }
    if (!organizations.isEmpty()) {
      root.set("sourceOrganization", organizations);
    }
  }

  /** Entities with rel {@code mentions} go to {@code mentions}, all others to {@code about}. */
  private static void putEntities(ObjectNode root, Article article) {
    ArrayNode about = NODES.arrayNode();
    ArrayNode mentions = NODES.arrayNode();
    for (Entity entity : article.entities()) {
      ObjectNode node = "mentions".equals(entity.rel()) ? mentions.addObject() : about.addObject();
      node.put("@type", entityType(entity));
      node.put("name", entity.name());
      putText(node, "sameAs", entity.uri());
      TreeValues.writeExtensions(node, entity.extensions());
    }
    if (!about.isEmpty()) {
      root.set("about", about);
    }
    if (!mentions.isEmpty()) {
      root.set("mentions", mentions);
    }
  }

  private static String entityType(Entity entity) {
    return switch (entity.kind()) {
      case PERSON -> "Person";
      case ORGANIZATION -> "Organization";
      case PLACE -> "Place";
      case EVENT -> "Event";
      case OBJECT, SUBJECT -> "Thing";
    };
  }

  private static void putRights(ObjectNode root, @Nullable Rights rights) {
    if (rights == null) {
      return;
    }
    putText(root, "copyrightNotice", rights.copyrightNotice());
    if (rights.copyrightHolder() != null) {
      ObjectNode holder = root.putObject("copyrightHolder");
      holder.put("@type", "Organization");
      holder.put("name", rights.copyrightHolder());
    }
    putText(root, "license", rights.rightsUrl());
  }

  static void putText(ObjectNode node, String name, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      node.put(name, value);
    }
  }

  private static void putDate(ObjectNode node, String name, @Nullable NewsDateTime value) {
    if (value != null) {
      node.put(name, value.text());
    }
  }
}
