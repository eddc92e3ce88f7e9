package io.github.newsmodel.json.schemaorg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The schema.org type names the reader recognizes, and {@code @type} values as simple names. */
final class Types {
  /** NewsArticle and its subtypes: preferred as the main object. */
  static final Set<String> NEWS_ARTICLES =
      Set.of(
          "NewsArticle",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "ReviewNewsArticle",
          "AskPublicNewsArticle");

  /** Other article types accepted as the main object. */
  static final Set<String> ARTICLES =
      Set.of(
          "Article",
          "BlogPosting",
          "LiveBlogPosting",
          "SocialMediaPosting",
          "DiscussionForumPosting",
          "Report",
          "TechArticle",
          "SatiricalArticle",
          "ScholarlyArticle",
          "AdvertiserContentArticle");

  /** Page types whose {@code mainEntity} may hold the article. */
  static final Set<String> PAGES =
      Set.of("WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage");

  /** Types read as an organization. */
  static final Set<String> ORGANIZATIONS =
      Set.of(
          "Organization",
          "NewsMediaOrganization",
          "Corporation",
          "GovernmentOrganization",
          "NGO",
          "EducationalOrganization",
          "LocalBusiness",
          "OnlineBusiness",
          "SportsOrganization",
          "PerformingGroup",
          "Project",
          "ResearchOrganization");

  /** Types read as a place. */
  static final Set<String> PLACES =
      Set.of(
          "Place",
          "City",
          "Country",
          "State",
          "AdministrativeArea",
          "Continent",
          "Landform",
          "LandmarksOrHistoricalBuildings",
          "TouristAttraction",
          "CivicStructure");

  private Types() {}

  /**
   * Returns the {@code @type} of an object as simple names: {@code https://schema.org/NewsArticle}
   * and {@code schema:NewsArticle} both become {@code NewsArticle}; non-strings are ignored.
   */
  static List<String> of(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (!node.isObject()) {
      return names;
    }
    JsonNode type = node.get("@type");
    if (type == null) {
      return names;
    }
    if (type.isString()) {
      names.add(simple(type.stringValue()));
    } else if (type.isArray()) {
      for (JsonNode element : type) {
        if (element.isString()) {
          names.add(simple(element.stringValue()));
        }
      }
    }
    return names;
  }

  /** Strips a schema.org namespace or compact prefix from a type or term. */
  static String simple(String name) {
    String value = name.strip();
    String lower = value.toLowerCase(Locale.ROOT);
    for (String prefix :
        new String[] {
          "https://schema.org/", "http://schema.org/", "schema:", "https://schema.org#"
        }) {
      if (lower.startsWith(prefix)) {
        return value.substring(prefix.length());
      }
    }
    return value;
  }

  /** Ranks a node as the main article: 2 for news articles, 1 for other articles, 0 otherwise. */
  static int articleRank(JsonNode node) {
    int rank = 0;
    for (String type : of(node)) {
      if (NEWS_ARTICLES.contains(type)) {
        return 2;
      }
      if (ARTICLES.contains(type)) {
        rank = 1;
      }
    }
    return rank;
  }

  /** Tells whether any of the node's types is in {@code set}. */
  static boolean any(JsonNode node, Set<String> set) {
    for (String type : of(node)) {
      if (set.contains(type)) {
        return true;
      }
    }
    return false;
  }
}
