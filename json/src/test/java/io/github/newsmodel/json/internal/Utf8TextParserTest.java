package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The parser that decodes text values itself gives exactly what Jackson gives, value by value and
 * error by error, for well-formed and malformed UTF-8 alike, and is taken only where Jackson would
 * read plain UTF-8.
 */
class Utf8TextParserTest {

  private static final JsonFactory JACKSON = new JsonFactory();
  private static final JsonFactory FAST = Limits.factory(JsonLimits.defaults(), false);

  /** Every token of the document as Jackson reads it: text, then location after it. */
  private static List<String> tokens(JsonFactory factory, byte[] doc, boolean fast) {
    List<String> out = new ArrayList<>();
    Utf8Strings strings = new Utf8Strings();
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), doc)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        String text = null;
        if (fast && token == JsonToken.VALUE_STRING && parser instanceof Utf8TextParser p) {
          text = p.text(strings, Integer.MAX_VALUE, out.size() % 2 == 0);
        }
        if (text == null) {
          text = parser.getString();
        } else {
          assertThat(parser.getString()).isEqualTo(text);
        }
        out.add(token + " " + text + " @" + parser.currentTokenLocation().getColumnNr());
      }
      out.add("end @" + parser.currentLocation().getColumnNr());
    } catch (JacksonException e) {
      out.add("error " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
    return out;
  }

  private static void assertSameAsJackson(byte[] doc) {
    assertThat(tokens(FAST, doc, true))
        .as("document %s", new String(doc, StandardCharsets.ISO_8859_1))
        .isEqualTo(tokens(JACKSON, doc, false));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void decodesRussianKazakhAndSymbolTextItself() {
    byte[] doc = utf8("[\"Минздрав Казахстана\", \"Қазақстан — «жаңалықтар»\", \"€ ✓ ascii\"]");
    try (JsonParser parser = FAST.createParser(ObjectReadContext.empty(), doc)) {
      assertThat(parser).isInstanceOf(Utf8TextParser.class);
      Utf8TextParser fast = (Utf8TextParser) parser;
      Utf8Strings strings = new Utf8Strings();
      parser.nextToken();
      parser.nextToken();
      assertThat(fast.text(strings, 100, false)).isEqualTo("Минздрав Казахстана");
      assertThat(fast.text(strings, 100, false)).as("already read").isNull();
      parser.nextToken();
      assertThat(fast.text(strings, 100, false)).isEqualTo("Қазақстан — «жаңалықтар»");
      parser.nextToken();
      assertThat(fast.text(strings, 100, false)).isEqualTo("€ ✓ ascii");
      assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(parser.nextToken()).isNull();
    }
  }

  @Test
  void decodesTheEscapesJsonDefinesItself() {
    String json =
        "[\"<img data-id=\\\"photo-1\\\">\\n\\t\\/\\\\ \\b\\f\\r\","
            + " \"\\u041c\\u0438\\u0414 \\uD83D\\uDE00 \\ud800 \\u00E9 — «x»\"]";
    try (JsonParser parser = FAST.createParser(ObjectReadContext.empty(), utf8(json))) {
      Utf8TextParser fast = (Utf8TextParser) parser;
      Utf8Strings strings = new Utf8Strings();
      parser.nextToken();
      parser.nextToken();
      assertThat(fast.text(strings, 100, false))
          .isEqualTo("<img data-id=\"photo-1\">\n\t/\\ \b\f\r");
      parser.nextToken();
      assertThat(fast.text(strings, 100, false)).isEqualTo("МиД 😀 \ud800 é — «x»");
    }
    assertSameAsJackson(utf8(json));
    // input that ends inside an escape
    for (String cut : List.of("[\"ab\\", "[\"ab\\u", "[\"ab\\u04", "[\"ab\\u041c", "[\"Ж\\n")) {
      assertSameAsJackson(utf8(cut));
    }
  }

  @Test
  void leavesUndefinedEscapesSupplementaryCharactersAndLongValuesToJackson() {
    Utf8Strings strings = new Utf8Strings();
    for (String value :
        List.of(
            "a\\qb",
            "\\u12G4",
            "\\u00",
            "\\uФФФФ",
            "emoji 😀",
            "x".repeat(Utf8Strings.MAX_BYTES + 1))) {
      byte[] doc = utf8("[\"" + value + "\"]");
      try (JsonParser parser = FAST.createParser(ObjectReadContext.empty(), doc)) {
        parser.nextToken();
        parser.nextToken();
        assertThat(((Utf8TextParser) parser).text(strings, Integer.MAX_VALUE, false))
            .as(value)
            .isNull();
        assertThat(parser.getString()).isNotEmpty();
      } catch (JacksonException malformed) {
        // Jackson's own report of the escape: nothing was taken from the document before it
        assertThat(malformed.getMessage()).containsIgnoringCase("escape");
      }
    }
  }

  @Test
  void leavesAValueOverTheLimitToJackson() {
    byte[] doc = utf8("[\"Астана\"]");
    try (JsonParser parser = FAST.createParser(ObjectReadContext.empty(), doc)) {
      parser.nextToken();
      parser.nextToken();
      Utf8TextParser fast = (Utf8TextParser) parser;
      assertThat(fast.text(new Utf8Strings(), 5, false)).isNull();
      assertThat(fast.text(new Utf8Strings(), 6, false)).isEqualTo("Астана");
    }
  }

  @Test
  void returnsTheSharedInstanceOfAKnownValueOnlyWhenAsked() {
    byte[] doc = utf8("[\"paragraph\",\"paragraph\"]");
    try (JsonParser parser = FAST.createParser(ObjectReadContext.empty(), doc)) {
      Utf8TextParser fast = (Utf8TextParser) parser;
      parser.nextToken();
      parser.nextToken();
      assertThat(fast.text(new Utf8Strings(), 100, true)).isSameAs("paragraph");
      parser.nextToken();
      assertThat(fast.text(new Utf8Strings(), 100, false))
          .isEqualTo("paragraph")
          .isNotSameAs("paragraph");
    }
  }

  @Test
  void takesOnlyInputJacksonReadsAsPlainUtf8() {
    assertThat(Utf8TextFactory.isPlainUtf8(utf8("{}"), 0, 2)).isTrue();
    assertThat(Utf8TextFactory.isPlainUtf8(utf8(" {}"), 0, 3)).isTrue();
    assertThat(Utf8TextFactory.isPlainUtf8(utf8("{"), 0, 1)).isFalse();
    assertThat(
            Utf8TextFactory.isPlainUtf8(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, 0, 5))
        .isFalse();
    assertThat(Utf8TextFactory.isPlainUtf8("{}".getBytes(StandardCharsets.UTF_16BE), 0, 4))
        .isFalse();
    assertThat(Utf8TextFactory.isPlainUtf8("{}".getBytes(StandardCharsets.UTF_16LE), 0, 4))
        .isFalse();
    assertThat(Utf8TextFactory.isPlainUtf8(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}, 0, 4))
        .isFalse();
    assertThat(Utf8TextFactory.isPlainUtf8(new byte[] {'x', (byte) 0xFF, 0, '{'}, 1, 3)).isFalse();

    try (JsonParser parser = FAST.createParser(ObjectReadContext.empty(), utf8("[\"a\"]"))) {
      assertThat(parser).isInstanceOf(Utf8TextParser.class);
    }
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '"', 'a', '"', ']'};
    try (JsonParser parser = FAST.createParser(ObjectReadContext.empty(), bom)) {
      assertThat(parser).isNotInstanceOf(Utf8TextParser.class);
    }
    assertSameAsJackson(bom);
    assertSameAsJackson("[\"Алматы\"]".getBytes(StandardCharsets.UTF_16LE));
  }

  @Test
  void readsPartOfAnArrayAtItsOffset() {
    byte[] doc = utf8("xx[\"Шымкент\",\"b\"]yy");
    JsonFactory fast = FAST;
    try (JsonParser parser = fast.createParser(ObjectReadContext.empty(), doc, 2, doc.length - 4)) {
      Utf8TextParser p = (Utf8TextParser) parser;
      parser.nextToken();
      parser.nextToken();
      assertThat(p.text(new Utf8Strings(), 100, false)).isEqualTo("Шымкент");
      parser.nextToken();
      assertThat(p.text(new Utf8Strings(), 100, false)).isEqualTo("b");
      assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(parser.nextToken()).isNull();
    }
  }

  @Test
  void malformedBytesGiveJacksonsErrors() {
    byte[][] values = {
      {(byte) 0xC0, (byte) 0x80}, // overlong NUL
      {(byte) 0xC1, (byte) 0xBF}, // overlong
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong three-byte
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // lone surrogate
      {(byte) 0xD0}, // truncated
      {(byte) 0xD0, 'a'}, // bad continuation
      {(byte) 0xE2, (byte) 0x80}, // truncated three-byte
      {(byte) 0x80}, // continuation first
      {(byte) 0xF8, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // five-byte lead
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, // four-byte emoji
      {0x01}, // control character
      {'\t'},
    };
    for (byte[] value : values) {
      ByteArrayOutputStream doc = new ByteArrayOutputStream();
      doc.writeBytes(utf8("[\"ок "));
      doc.writeBytes(value);
      doc.writeBytes(utf8(" ок\", \"после\"]"));
      assertSameAsJackson(doc.toByteArray());
      // the same bytes at the very end of the input, with no closing quote
      ByteArrayOutputStream cut = new ByteArrayOutputStream();
      cut.writeBytes(utf8("[\"ок "));
      cut.writeBytes(value);
      assertSameAsJackson(cut.toByteArray());
    }
  }

  @Test
  void randomDocumentsReadTheSameAsWithJackson() {
    Random random = new Random(20261207L);
    String[] pieces = {
      "a",
      "Z",
      " ",
      "\\\"",
      "\\\\",
      "\\n",
      "\\u0416",
      "\\ud83d\\ude00",
      "\\/",
      "\\b",
      "\\t",
      "\\r\\f",
      "\\uDFFF",
      "\\u00aB",
      "\\q",
      "\\u0G00",
      "\\u",
      "Ж",
      "қ",
      "ё",
      "—",
      "«",
      "€",
      "\uFFFF",
      "😀",
      "\u007F",
      "\u0080",
      "\u07FF",
      "\u0800",
    };
    byte[][] raw = {
      {(byte) 0xC0}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {0x1F}, {'"'}, {(byte) 0xBF}, {'\n'}
    };
    for (int round = 0; round < 3_000; round++) {
      ByteArrayOutputStream doc = new ByteArrayOutputStream();
      doc.writeBytes(utf8(random.nextBoolean() ? "[" : " [ "));
      int values = 1 + random.nextInt(5);
      for (int v = 0; v < values; v++) {
        if (v > 0) {
          doc.writeBytes(utf8(random.nextBoolean() ? "," : " ,\n"));
        }
        if (random.nextInt(6) == 0) {
          doc.writeBytes(utf8(random.nextBoolean() ? "12" : "{\"k\":\"знач\"}"));
          continue;
        }
        doc.write('"');
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
          if (random.nextInt(40) == 0) {
            doc.writeBytes(raw[random.nextInt(raw.length)]);
          } else {
            doc.writeBytes(utf8(pieces[random.nextInt(pieces.length)]));
          }
        }
        doc.write('"');
      }
      if (random.nextInt(10) > 0) {
        doc.write(']');
      }
      assertSameAsJackson(doc.toByteArray());
    }
  }

  @Test
  void flagsTheFirstByteThatEndsAnAsciiRunInEveryPositionOfAWord() {
    Random random = new Random(7L);
    for (int position = 0; position < Long.BYTES; position++) {
      for (int value = 0; value < 256; value++) {
        byte[] word = new byte[Long.BYTES];
        for (int k = 0; k < word.length; k++) {
          // plain ASCII before the tested byte; anything at all after it
          word[k] = k < position ? plainAscii(random) : (byte) random.nextInt();
        }
        word[position] = (byte) value;
        long bits = 0;
        for (int k = Long.BYTES - 1; k >= 0; k--) {
          bits = (bits << 8) | (word[k] & 0xFF);
        }
        boolean ends = value < 0x20 || value >= 0x80 || value == '"' || value == '\\';
        long flags = Utf8Strings.specialBytes(bits);
        if (ends) {
          assertThat(Long.numberOfTrailingZeros(flags) >>> 3)
              .as("byte 0x%02x at %d", value, position)
              .isEqualTo(position);
        } else {
          assertThat(flags & ((1L << (8 * (position + 1))) - 1))
              .as("byte 0x%02x at %d", value, position)
              .isZero();
        }
      }
    }
  }

  /** A printable ASCII byte other than the quote and the backslash. */
  private static byte plainAscii(Random random) {
    while (true) {
      byte b = (byte) (0x20 + random.nextInt(0x5F));
      if (b != '"' && b != '\\') {
        return b;
      }
    }
  }

  @Test
  void longAsciiValuesEndWhereJacksonEndsThemWhateverTheirAlignment() {
    // the end quote, an escape, two- and four-byte characters, and a raw control byte
    String[] stops = {"\"", "\\\"", "\\n", "Ж", "😀", "\u0001"};
    for (int offset = 0; offset < 3 * Long.BYTES; offset++) {
      for (int length = 0; length < 4 * Long.BYTES; length++) {
        for (String stop : stops) {
          String pad = "p".repeat(offset);
          String ascii = "abcdefghijklmnopqrstuvwxyz 0123456789/:.-ABCDEFGH".substring(0, length);
          byte[] doc = utf8("[\"" + pad + "\",\"" + ascii + stop + "tail\", \"" + ascii + "\"]");
          assertSameAsJackson(doc);
        }
      }
    }
  }

  @Test
  void readsTheSameArticleFromBytesAsFromText() {
    String json =
        "{\"id\":\"kz-1\",\"headline\":\"Минздрав: «жаңа» ереже — 😀 \\\"цитата\\\"\","
            + "\"language\":\"ru\",\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\","
            + "\"value\":\"Текст\\nабзаца €\"}]}]}";
    NewsJson news = NewsJson.defaults();

    ReadResult<?> fromBytes = news.read(utf8(json));
    ReadResult<?> fromText = news.read(json);

    assertThat(fromBytes.isValid()).isTrue();
    assertThat(fromBytes.value()).isEqualTo(fromText.value());
    assertThat(fromBytes.problems()).isEqualTo(fromText.problems());
  }

  @Test
  void aTooLongCyrillicValueIsStillReportedAtItsLimit() {
    NewsJson news =
        NewsJson.builder().limits(JsonLimits.builder().maxStringLength(5).build()).build();

    ReadResult<?> result = news.read(utf8("{\"id\":\"a\",\"headline\":\"Астана\"}"));

    assertThat(result.problems()).extracting(p -> p.code()).contains("limit.string");
    assertThat(news.read(utf8("{\"id\":\"a\",\"headline\":\"Астан\"}")).problems())
        .extracting(p -> p.code())
        .doesNotContain("limit.string");
  }

  @Test
  void textValuesReadTheSameFromBytesAndFromCharacters() {
    String json = "[\"image\",\"Қарағанды\",\"a\\u0041\"]";
    for (JsonParser parser :
        List.of(
            FAST.createParser(ObjectReadContext.empty(), utf8(json)),
            FAST.createParser(ObjectReadContext.empty(), json))) {
      try (parser) {
        TextValues texts = TextValues.of(parser, JsonLimits.defaults());
        parser.nextToken();
        parser.nextToken();
        assertThat(texts.recurring()).isSameAs("image");
        parser.nextToken();
        assertThat(texts.text()).isEqualTo("Қарағанды");
        parser.nextToken();
        assertThat(texts.recurring()).isEqualTo("aA");
      }
    }
  }
}
