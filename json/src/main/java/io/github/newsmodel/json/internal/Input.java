package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.NewsJsonIoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** One source of a JSON document, opened as a Jackson parser on demand. */
public abstract class Input {

  private Input() {}

  /**
   * Opens a parser over the document.
   *
   * @param factory the factory carrying the limits
   * @return the parser; closing it closes only streams this input opened itself
   * @throws NewsJsonIoException if a file cannot be opened
   */
  abstract JsonParser open(JsonFactory factory);

  /**
   * A document held in a string; a leading U+FEFF byte order mark is skipped.
   *
   * @param json the document
   * @return the input
   */
  public static Input of(String json) {
    Objects.requireNonNull(json, "json must not be null");
    return new Input() {
      @Override
      JsonParser open(JsonFactory factory) {
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
          char[] chars = json.toCharArray();
          return factory.createParser(ObjectReadContext.empty(), chars, 1, chars.length - 1);
        }
        return factory.createParser(ObjectReadContext.empty(), json);
      }
    };
  }

  /**
   * A document held as UTF-8 bytes (Jackson skips a BOM).
   *
   * @param json the document
   * @return the input
   */
  public static Input of(byte[] json) {
    Objects.requireNonNull(json, "json must not be null");
    return new Input() {
      @Override
      JsonParser open(JsonFactory factory) {
        return factory.createParser(ObjectReadContext.empty(), json);
      }
    };
  }

  /**
   * A document held in part of a byte array, as UTF-8; the array is not copied and must not change
   * while it is read.
   *
   * @param json the bytes
   * @param offset where the document starts
   * @param length its length in bytes
   * @return the input
   */
  public static Input of(byte[] json, int offset, int length) {
    Objects.requireNonNull(json, "json must not be null");
    Objects.checkFromIndexSize(offset, length, json.length);
    return new Input() {
      @Override
      JsonParser open(JsonFactory factory) {
        return factory.createParser(ObjectReadContext.empty(), json, offset, length);
      }
    };
  }

  /**
   * A document read from a UTF-8 stream, which is not closed.
   *
   * @param json the stream
   * @return the input
   */
  public static Input of(InputStream json) {
    Objects.requireNonNull(json, "json must not be null");
    return new Input() {
      @Override
      JsonParser open(JsonFactory factory) {
        return factory.createParser(ObjectReadContext.empty(), new NonClosingInputStream(json));
      }
    };
  }

  /**
   * A document read from characters, which are not closed.
   *
   * @param json the reader
   * @return the input
   */
  public static Input of(Reader json) {
    Objects.requireNonNull(json, "json must not be null");
    return new Input() {
      @Override
      JsonParser open(JsonFactory factory) {
        return factory.createParser(ObjectReadContext.empty(), new NonClosingReader(json));
      }
    };
  }

  /**
   * A document in a UTF-8 file.
   *
   * @param json the file
   * @return the input
   */
  public static Input of(Path json) {
    Objects.requireNonNull(json, "json must not be null");
    return new Input() {
      @Override
      JsonParser open(JsonFactory factory) {
        try {
          InputStream in = Files.newInputStream(json);
          return factory.createParser(ObjectReadContext.empty(), in);
        } catch (IOException e) {
          throw new NewsJsonIoException("cannot open JSON file " + json, e);
        }
      }
    };
  }
}
