package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared instances of recurring short strings, looked up from decoded characters. */
class KnownStringsTest {

  /** Every value the table is documented to hold, by group. */
  private static final String[] KNOWN = {
    "paragraph",
    "heading",
    "quote",
    "list",
    "mediaReference",
    "embed",
    "text",
    "link",
    "strong",
    "emphasis",
    "lineBreak",
    "person",
    "organization",
    "place",
    "event",
    "object",
    "subject",
    "image",
    "video",
    "audio",
    "graphic",
    "document",
    "usable",
    "withheld",
    "canceled",
    "telegram",
    "whatsapp",
    "facebook",
    "x",
    "linkedin",
    "vk",
    "ok",
    "reddit",
    "viber",
    "email",
    "ru",
    "kk",
    "en",
    "ru-RU",
    "kk-KZ",
    "kk-Cyrl-KZ",
    "en-US",
    "en-GB",
    "picture",
    "composite",
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/gif",
    "video/mp4",
    "audio/mpeg",
    "originator",
    "relayedFrom",
    "publisher",
    "author",
    "photographer"
  };

  private static String find(String text) {
    return KnownStrings.find(text.toCharArray(), 0, text.length());
  }

  @Test
  void findsEveryKnownValueAsOneSharedInstance() {
    for (String value : KNOWN) {
      String found = find(new String(value.toCharArray()));
      assertThat(found).as(value).isEqualTo(value);
      assertThat(find(value)).as(value).isSameAs(found);
    }
  }

  @Test
  void findsAValueInTheMiddleOfALargerBuffer() {
    char[] chars = "{\"type\":\"emphasis\",\"kind\":\"publisher\"}".toCharArray();
    assertThat(KnownStrings.find(chars, 9, 8)).isEqualTo("emphasis");
    assertThat(KnownStrings.find(chars, 27, 9)).isEqualTo("publisher");
    assertThat(KnownStrings.find(chars, 27, 4)).isNull();
  }

  @Test
  void findsTheSameValuesInAsciiBytes() {
    Utf8Strings strings = new Utf8Strings();
    for (String value : KNOWN) {
      byte[] bytes = ("x" + value + "\"y").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(strings.decode(bytes, 1, bytes.length, 100, true)).as(value).isSameAs(find(value));
    }
    byte[] other =
        "Paragraph\" paragraphs\" para\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(strings.decode(other, 0, other.length, 100, true))
        .isEqualTo("Paragraph")
        .isNotSameAs(find("paragraph"));
    assertThat(find(strings.decode(other, 11, other.length, 100, true))).isNull();
    assertThat(find(strings.decode(other, 23, other.length, 100, true))).isNull();
    assertThat(find(strings.decode(other, 9, other.length, 100, true))).isNull();
  }

  @Test
  void findsNothingForOtherText() {
    assertThat(find("Paragraph")).isNull();
    assertThat(find("paragraphs")).isNull();
    assertThat(find("para")).isNull();
    assertThat(find("")).isNull();
    assertThat(find("Лента")).isNull();
    assertThat(find("image/jpg")).isNull();
  }

  @Test
  void theLongestValueBoundsTheLengthWorthLookingUp() {
    int longest = 0;
    for (String value : KNOWN) {
      longest = Math.max(longest, value.length());
    }
    assertThat(KnownStrings.MAX_LENGTH).isEqualTo(longest);
  }
}
