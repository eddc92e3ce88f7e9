package io.github.newsmodel.json.internal;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.time.NewsDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writing helpers shared by the encoders: nulls and empty lists are omitted. */
final class Out {

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  private Out() {}

  static void string(JsonGenerator g, String name, @Nullable String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  static void number(JsonGenerator g, String name, @Nullable Number value) {
    if (value == null) {
      return;
    }
    g.writeName(name);
    if (value instanceof Integer i) {
      g.writeNumber(i.intValue());
    } else if (value instanceof Long l) {
      g.writeNumber(l.longValue());
    } else {
      g.writeNumber(value.doubleValue());
    }
  }

  static void dateTime(JsonGenerator g, String name, @Nullable NewsDateTime value) {
    if (value != null) {
      g.writeStringProperty(name, value.text());
    }
  }

  static void code(JsonGenerator g, String name, @Nullable Enum<?> value) {
    if (value != null) {
      g.writeStringProperty(name, Codes.of(value));
    }
  }

  static <T> void list(
      JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T value : values) {
      element.accept(g, value);
    }
    g.writeEndArray();
  }

  static void strings(JsonGenerator g, String name, List<String> values) {
    list(g, name, values, JsonGenerator::writeString);
  }

  /** Writes the extension properties inline, after the known ones. */
  static void extensions(JsonGenerator g, Extensions extensions, Fields known, String owner) {
    if (extensions.isEmpty()) {
      return;
    }
    for (Map.Entry<String, JsonValue> entry : extensions.asMap().entrySet()) {
      String name = entry.getKey();
      if (known.indexOf(name) >= 0) {
        throw new IllegalArgumentException(
            "extension property '"
                + name
                + "' of "
                + owner
                + " has the name of a native property; expected a name the format does not define");
      }
      g.writeName(name);
      value(g, entry.getValue());
    }
  }

  static void value(JsonGenerator g, JsonValue value) {
    if (value instanceof JsonValue.JsonString string) {
      g.writeString(string.value());
    } else if (value instanceof JsonValue.JsonNumber number) {
      String text = number.text();
      g.writeNumber(JSON_NUMBER.matcher(text).matches() ? text : number.decimal().toString());
    } else if (value instanceof JsonValue.JsonBoolean bool) {
      g.writeBoolean(bool.value());
    } else if (value instanceof JsonValue.JsonArray array) {
      g.writeStartArray();
      for (JsonValue element : array.values()) {
        value(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof JsonValue.JsonObject object) {
      g.writeStartObject();
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        g.writeName(member.getKey());
        value(g, member.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeNull();
    }
  }
}
