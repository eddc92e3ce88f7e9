package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.NewsJsonIoException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Opens generators, compact or indented with two spaces and {@code "name": value}. */
final class DocumentWriter {

  private final JsonFactory factory;
  private final ObjectWriteContext context;

  DocumentWriter(JsonFactory factory, boolean prettyPrint) {
    this.factory = factory;
    this.context = prettyPrint ? new Indented() : ObjectWriteContext.empty();
  }

  /** Opens a generator over a stream, in UTF-8; closing it does not close the stream. */
  JsonGenerator open(OutputStream out) {
    return factory.createGenerator(context, out, JsonEncoding.UTF8);
  }

  /** Opens a generator over characters; closing it does not close the writer. */
  JsonGenerator open(Writer out) {
    return factory.createGenerator(context, out);
  }

  String text(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter(1024);
    to(out, body);
    return out.toString();
  }

  byte[] bytes(Consumer<JsonGenerator> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    to(out, body);
    return out.toByteArray();
  }

  void to(OutputStream out, Consumer<JsonGenerator> body) {
    try (JsonGenerator g = open(out)) {
      body.accept(g);
      g.flush();
    } catch (JacksonIOException e) {
      throw Codec.io(e);
    }
  }

  void to(Writer out, Consumer<JsonGenerator> body) {
    try (JsonGenerator g = open(out)) {
      body.accept(g);
      g.flush();
    } catch (JacksonIOException e) {
      throw Codec.io(e);
    }
  }

  void to(Path file, Consumer<JsonGenerator> body) {
    try (OutputStream out = Files.newOutputStream(file)) {
      to(out, body);
    } catch (IOException e) {
      throw new NewsJsonIoException("cannot write JSON file " + file, e);
    } catch (JacksonException e) {
      throw e;
    }
  }

  /** Supplies a fresh two-space pretty printer to every generator. */
  private static final class Indented extends ObjectWriteContext.Base {
    private static final DefaultPrettyPrinter TEMPLATE = template();

    private static DefaultPrettyPrinter template() {
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(separators)
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return TEMPLATE.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
