package io.github.newsmodel.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.extension.JsonValue.JsonArray;
import io.github.newsmodel.extension.JsonValue.JsonBoolean;
import io.github.newsmodel.extension.JsonValue.JsonNumber;
import io.github.newsmodel.extension.JsonValue.JsonObject;
import io.github.newsmodel.extension.JsonValue.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ExtensionsTest {

  @Test
  void scalarsHoldTheirValues() {
    assertThat(JsonValue.string("ДЗЯО").value()).isEqualTo("ДЗЯО");
    assertThat(JsonValue.bool(true)).isSameAs(JsonValue.TRUE);
    assertThat(JsonValue.bool(false)).isSameAs(JsonValue.FALSE).isEqualTo(new JsonBoolean(false));
    assertThat(JsonValue.number(759).text()).isEqualTo("759");
    assertThat(JsonValue.number("0.120").decimal()).isEqualByComparingTo(new BigDecimal("0.12"));
    assertThat(JsonValue.number("1e3").toString()).isEqualTo("1e3");
    assertThat(JsonValue.NULL.toString()).isEqualTo("null");
  }

  @Test
  void numberKeepsItsTextSoDifferentSpellingsDiffer() {
    assertThat(JsonValue.number("1.0")).isNotEqualTo(JsonValue.number("1"));
  }

  @Test
  void numberRejectsTextThatIsNotANumber() {
    assertThatThrownBy(() -> JsonValue.number("двадцать"))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> JsonValue.number((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void stringRejectsNullNamingTheField() {
    assertThatThrownBy(() -> JsonValue.string(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @Test
  void arrayCopiesItsValuesAndRejectsNullElementsByIndex() {
    List<JsonValue> values = new ArrayList<>(List.of(JsonValue.number(1)));
    JsonArray array = JsonValue.array(values);
    values.add(JsonValue.number(2));

    assertThat(array.values()).containsExactly(JsonValue.number(1));
    assertThatThrownBy(() -> array.values().add(JsonValue.NULL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> JsonValue.array(Arrays.asList(JsonValue.TRUE, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("values[1]");
    assertThatThrownBy(() -> new JsonArray(Arrays.asList((JsonValue) null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("values[0]");
  }

  @Test
  void objectKeepsMemberOrderAndCopiesMembers() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("b", JsonValue.number(2));
    members.put("a", JsonValue.number(1));
    JsonObject object = JsonValue.object(members);
    members.put("c", JsonValue.NULL);

    assertThat(object.members().keySet()).containsExactly("b", "a");
    assertThat(object.get("a")).isEqualTo(JsonValue.number(1));
    assertThat(object.get("c")).isNull();
    assertThatThrownBy(() -> object.members().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new JsonObject(members).members()).hasSize(3);
  }

  @Test
  void objectRejectsNullKeyOrValueNamingIt() {
    Map<String, JsonValue> nullValue = new HashMap<>();
    nullValue.put("views", null);
    Map<String, JsonValue> nullKey = new HashMap<>();
    nullKey.put(null, JsonValue.TRUE);

    assertThatThrownBy(() -> JsonValue.object(nullValue))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("members[views]");
    assertThatThrownBy(() -> JsonValue.object(nullKey))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("members key");
  }

  @Test
  void extensionsOfCopiesAndKeepsOrder() {
    Map<String, JsonValue> values = new LinkedHashMap<>();
    values.put("x-b", JsonValue.TRUE);
    values.put("x-a", JsonValue.string("a"));
    Extensions extensions = Extensions.of(values);
    values.remove("x-b");

    assertThat(extensions.names()).containsExactly("x-b", "x-a");
    assertThat(extensions.size()).isEqualTo(2);
    assertThat(extensions.get("x-a")).contains(JsonValue.string("a"));
    assertThat(extensions.get("missing")).isEmpty();
    assertThatThrownBy(() -> extensions.asMap().put("y", JsonValue.NULL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> extensions.names().remove("x-a"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyExtensionsAreShared() {
    assertThat(Extensions.of(Map.of())).isSameAs(Extensions.empty());
    assertThat(Extensions.empty().isEmpty()).isTrue();
    assertThat(Extensions.empty().with("a", JsonValue.NULL).without("a"))
        .isSameAs(Extensions.empty());
  }

  @Test
  void withAndWithoutReturnCopies() {
    Extensions one = Extensions.empty().with("a", JsonValue.TRUE);
    Extensions two = one.with("b", JsonValue.FALSE);

    assertThat(one.names()).containsExactly("a");
    assertThat(two.names()).containsExactly("a", "b");
    assertThat(two.without("a").names()).containsExactly("b");
    assertThat(two.without("zzz")).isSameAs(two);
    assertThat(two.names()).containsExactly("a", "b");
  }

  @Test
  void extensionsRejectNullsNamingThem() {
    Map<String, JsonValue> nullValue = new HashMap<>();
    nullValue.put("x-a", null);

    assertThatThrownBy(() -> Extensions.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("values");
    assertThatThrownBy(() -> Extensions.of(nullValue))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("extensions[x-a]");
    assertThatThrownBy(() -> Extensions.empty().with(null, JsonValue.TRUE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Extensions.empty().with("a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @Test
  void equalsContracts() {
    EqualsVerifier.forClass(Extensions.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(JsonString.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(JsonBoolean.class).verify();
    EqualsVerifier.forClass(JsonNumber.class).withPrefabValuesForField("text", "1", "2.5").verify();
    EqualsVerifier.forClass(JsonArray.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(JsonValue.class, JsonValue.TRUE, JsonValue.FALSE)
        .verify();
    EqualsVerifier.forClass(JsonObject.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(JsonValue.class, JsonValue.TRUE, JsonValue.FALSE)
        .verify();
  }

  @Test
  void jsonNullIsOneValue() {
    assertThat(JsonValue.NULL).isEqualTo(JsonValue.NULL).isNotEqualTo(JsonValue.FALSE);
    assertThat(JsonValue.object(Map.of("a", JsonValue.NULL)).get("a")).isSameAs(JsonValue.NULL);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"+1", "01", ".5", "1.", "NaN", "Infinity", "0x10", "1e", " 1", "-"})
  void rejectsNumberTextThatJsonDoesNotAllow(String text) {
    assertThatThrownBy(() -> JsonValue.number(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("is not a JSON number");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"0", "759", "-1.5", "1.50", "2e10", "-0.0E-7"})
  void keepsJsonNumberTextAsWritten(String text) {
    assertThat(JsonValue.number(text).text()).isEqualTo(text);
  }
}
