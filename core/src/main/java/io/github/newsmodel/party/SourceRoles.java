package io.github.newsmodel.party;

/**
 * Well-known source roles. Roles are open strings so that readers keep whatever a payload says;
 * these constants are the ones newsmodel writes and maps between formats.
 *
 * <p>See {@link io.github.newsmodel.party.Source} for an example.
 */
public final class SourceRoles {

  /** The outlet the article was taken from, as in "передает El.kz". */
  public static final String RELAYED_FROM = "relayedFrom";

  /** The original source of the information, as in "со ссылкой на МИД РК". */
  public static final String ORIGINATOR = "originator";

  /** A news agency that supplied the item (ninjs {@code infoSource} with role {@code agency}). */
  public static final String AGENCY = "agency";

  /** The party that published the item first. */
  public static final String PUBLISHER = "publisher";

  private SourceRoles() {}
}
