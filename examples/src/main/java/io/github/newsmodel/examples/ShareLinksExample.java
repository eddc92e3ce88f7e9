package io.github.newsmodel.examples;

import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the share link of the seed article for every built-in platform: Telegram, WhatsApp,
 * Facebook, X, LinkedIn, VK, Odnoklassniki, Reddit, Viber and e-mail. The Russian headline is
 * percent-encoded as UTF-8; platforms that take no text get the URL only.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar
 * io.github.newsmodel.examples.ShareLinksExample}
 */
public final class ShareLinksExample {

  private ShareLinksExample() {}

  /**
   * Builds one share link per built-in platform.
   *
   * @param articleUrl the article's URL
   * @param text the text to share
   * @return the links, in {@link SharePlatform#builtIns()} order
   */
  public static List<ShareLink> links(String articleUrl, String text) {
    List<ShareLink> links = new ArrayList<>();
    for (SharePlatform platform : SharePlatform.builtIns()) {
      links.add(ShareLink.of(platform, articleUrl, text));
    }
    return links;
  }

  /**
   * Prints the share link of the seed article for every platform.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    for (ShareLink link : links(SeedArticleExample.ARTICLE_URL, SeedArticleExample.HEADLINE)) {
      out.printf("%-14s %s%n", link.platform().displayName(), link.url());
    }
  }

  /**
   * Prints the links.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
