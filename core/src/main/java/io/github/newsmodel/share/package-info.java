/**
 * Share and follow links for news articles.
 *
 * <p>{@link io.github.newsmodel.share.SharePlatform} describes a social network or messenger (the
 * built-in ones such as Telegram, WhatsApp, VK or X, or a custom one defined by a URL template),
 * {@link io.github.newsmodel.share.ShareLink} is a ready-to-use share URL for one article on one
 * platform, and {@link io.github.newsmodel.share.FollowLink} is a channel a reader can subscribe
 * to. Share URLs can be turned back into their parts with {@link
 * io.github.newsmodel.share.SharePlatform#recognize(java.net.URI)}.
 *
 * <pre>{@code
 * ShareLink link = ShareLink.of(SharePlatform.TELEGRAM, "https://example.kz/news/1", "Жаңалықтар");
 * link.url(); // https://t.me/share/url?url=https%3A%2F%2Fexample.kz%2Fnews%2F1&text=%D0%96...
 * }</pre>
 *
 * <p>All parameters and return values are non-null unless annotated {@link
 * org.jspecify.annotations.Nullable}.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.share;
