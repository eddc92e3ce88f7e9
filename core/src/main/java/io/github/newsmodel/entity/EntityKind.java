package io.github.newsmodel.entity;

/**
 * What kind of thing a named entity is; the kinds follow ninjs's groups of concepts.
 *
 * <p>See {@link io.github.newsmodel.entity.Entity} for an example.
 */
public enum EntityKind {
  /** A person, such as a minister quoted in the article. */
  PERSON,
  /** An organisation, such as a ministry, a party or a company. */
  ORGANIZATION,
  /** A place: a country, a city, a venue. */
  PLACE,
  /** An event, such as a conference. */
  EVENT,
  /** A thing: a treaty, a product, a work. */
  OBJECT,
  /** A subject or topic, usually from a controlled vocabulary. */
  SUBJECT
}
