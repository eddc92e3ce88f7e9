package io.github.newsmodel.party;

/**
 * Whether a party is a person or an organisation.
 *
 * <p>See {@link io.github.newsmodel.party.Party} for an example.
 */
public enum PartyKind {
  /** A natural person. */
  PERSON,
  /** An organisation: an outlet, an agency, a ministry, a company. */
  ORGANIZATION
}
