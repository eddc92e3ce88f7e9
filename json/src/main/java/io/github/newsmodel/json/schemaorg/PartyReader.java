package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.party.SourceRoles;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads people and organizations: {@code author}, {@code publisher}, {@code isBasedOn} and {@code
 * sourceOrganization}. Each value may be a name, a node, a reference to a node, or an array of
 * those.
 */
final class PartyReader {
  /** Members of a person or organization node that map to {@link Party} fields. */
  static final Set<String> PARTY_MEMBERS =
      Set.of(
          "@id", "@type", "name", "givenName", "familyName", "url", "sameAs", "jobTitle", "logo");

  private final Values values;

  PartyReader(Values values) {
    this.values = values;
  }

  /**
   * Reads every party of a repeatable property into {@code parties}, with {@code role} (or none),
   * recording origins under {@code modelPath[i]}.
   */
  void parties(
      Located property,
      String modelPath,
      PartyKind defaultKind,
      @Nullable String role,
      List<Party> parties) {
    for (Located item : property.items()) {
      Party party = party(item, defaultKind, modelPath + "[" + parties.size() + "]");
      if (party != null) {
        parties.add(role == null ? party : party.withRole(role));
      }
    }
  }

  /** Reads one party; null (with a warning) when it has no name. */
  @Nullable Party party(Located item, PartyKind defaultKind, String modelPath) {
    Located node = values.graph().resolve(item);
    if (node.node().isString()) {
      String name = values.text(node);
      if (name == null) {
        return null;
      }
      values.sink().origin(modelPath, node.pointer());
      return Party.builder(defaultKind, name).build();
    }
    if (!node.node().isObject()) {
      values.mismatch(node, "a name or a Person or Organization object");
      return null;
    }
    String name = name(node);
    if (name == null) {
      values
          .sink()
          .warning(
              node.pointer(),
              "jsonld.name.missing",
              "person or organization without a name is skipped");
      return null;
    }
    PartyKind kind = kind(node, defaultKind);
    Party.Builder party =
        Party.builder(kind, name)
            .url(values.url(node.get("url")))
            .uri(firstSameAs(node))
            .jobTitle(values.text(node.get("jobTitle")))
            .extensions(TreeValues.unknownMembers(node.node(), PARTY_MEMBERS));
    Located logo = node.get("logo");
    if (!logo.isAbsent()) {
      party.logoUrl(values.url(logo));
      values.sink().origin(modelPath + ".logoUrl", logo.pointer());
    }
    values.sink().origin(modelPath, node.pointer());
    values.sink().origin(modelPath + ".name", node.get("name").pointer());
    values.sink().origin(modelPath + ".url", node.get("url").pointer());
    values.sink().origin(modelPath + ".jobTitle", node.get("jobTitle").pointer());
    return party.build();
  }

  /** Reads {@code isBasedOn} (role relayedFrom) and {@code sourceOrganization} (originator). */
  List<Source> sources(Located isBasedOn, Located sourceOrganization) {
    List<Source> sources = new ArrayList<>();
    for (Located item : isBasedOn.items()) {
      Source source = basedOn(item, "sources[" + sources.size() + "]");
      if (source != null) {
        sources.add(source);
      }
    }
    for (Located item : sourceOrganization.items()) {
      String path = "sources[" + sources.size() + "]";
      Party party = party(item, PartyKind.ORGANIZATION, path);
      if (party != null) {
        sources.add(
            Source.builder(party.name())
                .addRole(SourceRoles.ORIGINATOR)
                .url(party.url())
                .uri(party.uri())
                .kind(party.kind())
                .build());
      }
    }
    return sources;
  }

  private @Nullable Source basedOn(Located item, String modelPath) {
    Located node = values.graph().resolve(item);
    if (node.node().isString()) {
      String url = values.url(node);
      if (url == null) {
        return null;
      }
      values.sink().origin(modelPath, node.pointer());
      return Source.builder(hostOf(url)).addRole(SourceRoles.RELAYED_FROM).url(url).build();
    }
    if (!node.node().isObject()) {
      values.mismatch(node, "a URL or a CreativeWork object");
      return null;
    }
    String url = values.url(node.get("url"));
    Located owner = null;
    String name = null;
    for (String member : new String[] {"publisher", "sourceOrganization", "author", "creator"}) {
      Located candidate = Values.first(node.get(member));
      if (candidate != null) {
        Located resolved = values.graph().resolve(candidate);
        name = resolved.node().isString() ? values.text(resolved) : name(resolved);
        if (name != null) {
          owner = resolved;
          break;
        }
      }
    }
    if (name == null) {
      name = values.text(node.get("name"));
    }
    if (name == null && url != null) {
      name = hostOf(url);
    }
    if (name == null) {
      values
          .sink()
          .warning(node.pointer(), "jsonld.name.missing", "source without a name is skipped");
      return null;
    }
    values.sink().origin(modelPath, node.pointer());
    values.sink().origin(modelPath + ".url", node.get("url").pointer());
    Source.Builder source = Source.builder(name).addRole(SourceRoles.RELAYED_FROM).url(url);
    if (owner != null && owner.node().isObject()) {
      source.kind(kind(owner, PartyKind.ORGANIZATION)).uri(firstSameAs(owner));
    }
    return source.build();
  }

  /** Returns {@code name}, or {@code givenName familyName}, stripped; null when none. */
  @Nullable String name(Located node) {
    if (!node.node().isObject()) {
      return null;
    }
    String name = values.text(node.get("name"));
    if (name != null) {
      return name;
    }
    String given = values.text(node.get("givenName"));
    String family = values.text(node.get("familyName"));
    if (given == null && family == null) {
      return null;
    }
    return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
  }

  static PartyKind kind(Located node, PartyKind defaultKind) {
    if (Types.any(node.node(), Set.of("Person"))) {
      return PartyKind.PERSON;
    }
    if (Types.any(node.node(), Types.ORGANIZATIONS)) {
      return PartyKind.ORGANIZATION;
    }
    return defaultKind;
  }

  private @Nullable String firstSameAs(Located node) {
    for (Located item : node.get("sameAs").items()) {
      if (item.node().isString() && !item.node().stringValue().isBlank()) {
        return item.node().stringValue().strip();
      }
    }
    return null;
  }

  private static String hostOf(String url) {
    try {
      String host = URI.create(url).getHost();
      if (host != null && !host.isBlank()) {
        return host.startsWith("www.") ? host.substring(4) : host;
      }
    } catch (IllegalArgumentException notUri) {
      // use the text
    }
    return url;
  }
}
