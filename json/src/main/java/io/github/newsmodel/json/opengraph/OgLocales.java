package io.github.newsmodel.json.opengraph;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps a BCP 47 language tag to the Open Graph locale form {@code language_TERRITORY}: a tag with a
 * region keeps it ({@code ru-KZ} to {@code ru_KZ}, {@code en-GB} to {@code en_GB}); a bare language
 * gets its most common territory ({@code ru} to {@code ru_RU}, {@code kk} to {@code kk_KZ}, {@code
 * en} to {@code en_US}, {@code uk} to {@code uk_UA}, {@code pt} to {@code pt_BR}, {@code zh-Hant}
 * to {@code zh_TW}); any other language is doubled ({@code fr} to {@code fr_FR}).
 */
final class OgLocales {
  private static final Map<String, String> TERRITORIES =
      Map.ofEntries(
          Map.entry("en", "US"),
          Map.entry("ru", "RU"),
          Map.entry("kk", "KZ"),
          Map.entry("uk", "UA"),
          Map.entry("be", "BY"),
          Map.entry("ky", "KG"),
          Map.entry("tg", "TJ"),
          Map.entry("hy", "AM"),
          Map.entry("ka", "GE"),
          Map.entry("pt", "BR"),
          Map.entry("cs", "CZ"),
          Map.entry("zh", "CN"),
          Map.entry("ja", "JP"),
          Map.entry("ko", "KR"),
          Map.entry("ar", "AR"),
          Map.entry("he", "IL"),
          Map.entry("el", "GR"),
          Map.entry("sv", "SE"),
          Map.entry("da", "DK"),
          Map.entry("nb", "NO"),
          Map.entry("nn", "NO"),
          Map.entry("hi", "IN"),
          Map.entry("fa", "IR"),
          Map.entry("vi", "VN"),
          Map.entry("sq", "AL"),
          Map.entry("sl", "SI"),
          Map.entry("et", "EE"),
          Map.entry("ur", "PK"),
          Map.entry("bn", "IN"),
          Map.entry("ms", "MY"),
          Map.entry("sr", "RS"),
          Map.entry("ca", "ES"),
          Map.entry("eu", "ES"),
          Map.entry("gl", "ES"),
          Map.entry("ga", "IE"),
          Map.entry("cy", "GB"));

  private OgLocales() {}

  /** Returns the Open Graph locale, or null for a blank or undefined tag. */
  static @Nullable String of(@Nullable String languageTag) {
    if (languageTag == null || languageTag.isBlank()) {
      return null;
    }
    Locale locale = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
    String language = locale.getLanguage();
    if (language.isEmpty() || language.equals("und")) {
      return null;
    }
    String country = locale.getCountry();
    if (country.isEmpty() && language.equals("zh") && "Hant".equals(locale.getScript())) {
      country = "TW";
    }
    if (country.isEmpty()) {
      country = TERRITORIES.getOrDefault(language, language.toUpperCase(Locale.ROOT));
    }
    return language + "_" + country;
  }
}
