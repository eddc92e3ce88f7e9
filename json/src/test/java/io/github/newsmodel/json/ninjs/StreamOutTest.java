package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Each member the streaming writer writes is checked against the rule of its place: the checks of
 * {@link StreamOut} on rules made for the test, and the rules {@link StreamRules} takes from ninjs
 * 3.1.
 */
class StreamOutTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Rule.ObjectRule AT =
      Rule.object()
          .prop("s", Rule.string())
          .prop("e", Rule.string().oneOfValues("a", "b"))
          .prop("p", Rule.string().matching("^x"))
          .prop("i", Rule.integer(1, 9))
          .prop("whole", Rule.integer())
          .prop("n", Rule.number())
          .prop("list", Rule.array(Rule.string()))
          .prop("o", Rule.object().prop("k", Rule.string()).require("k").close())
          .close();

  /** The object written by {@code body} inside an object. */
  private static String written(Consumer<StreamOut> body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JsonMapper.shared().createGenerator(text)) {
      StreamOut out = new StreamOut(g);
      out.startObject();
      body.accept(out);
      out.endObject();
    }
    return text.toString();
  }

  private static void fallsBack(Consumer<StreamOut> body, String reason) {
    assertThatThrownBy(() -> written(body))
        .isInstanceOf(StreamFallback.class)
        .hasMessageContaining(reason);
  }

  @Test
  void writesStringsThatPassTheirRule() {
    assertThat(
            written(
                out -> {
                  out.string(AT, "s", "any");
                  out.string(AT, "e", "b");
                  out.string(AT, "p", "xyz");
                }))
        .isEqualTo("{\"s\":\"any\",\"e\":\"b\",\"p\":\"xyz\"}");
  }

  @Test
  void fallsBackOnAStringTheRuleRejects() {
    fallsBack(out -> out.string(AT, "e", "c"), "e rejects 'c'");
    fallsBack(out -> out.string(AT, "p", "yx"), "p rejects");
    fallsBack(out -> out.string(AT, "i", "1"), "i rejects");
    fallsBack(out -> out.string(AT, "unknown", "v"), "unknown is not a property here");
  }

  @Test
  void leavesAbsentValuesOut() {
    assertThat(
            written(
                out -> {
                  out.string(AT, "unknown", null);
                  out.integer(AT, "unknown", null);
                }))
        .isEqualTo("{}");
  }

  @Test
  void writesIntegersWithinTheirBoundsWhichAreInclusive() {
    assertThat(
            written(
                out -> {
                  out.integer(AT, "i", 1);
                  out.integer(AT, "i", 9L);
                  out.integer(AT, "whole", Long.MIN_VALUE);
                }))
        .isEqualTo("{\"i\":1,\"i\":9,\"whole\":-9223372036854775808}");
    fallsBack(out -> out.integer(AT, "i", 0), "i rejects 0");
    fallsBack(out -> out.integer(AT, "i", 10), "i rejects 10");
    fallsBack(out -> out.integer(AT, "s", 1), "s rejects 1");
    fallsBack(out -> out.integer(AT, "unknown", 1), "unknown is not a property here");
  }

  @Test
  void writesNumbersAsTheirNodesAndOnlyFiniteOnes() {
    assertThat(
            written(
                out -> {
                  out.number(AT, "n", NODES.numberNode(1.5));
                  out.number(AT, "n", NODES.numberNode(30));
                  out.number(AT, "n", NODES.numberNode(4_000_000_000L));
                  out.number(AT, "n", NODES.numberNode(BigInteger.TEN.pow(20)));
                  out.number(AT, "n", NODES.numberNode(1e-9));
                  out.number(AT, "whole", NODES.numberNode(2.0));
                  out.number(AT, "i", NODES.numberNode(9));
                }))
        .isEqualTo(
            "{\"n\":1.5,\"n\":30,\"n\":4000000000,\"n\":100000000000000000000,\"n\":1.0E-9,"
                + "\"whole\":2.0,\"i\":9}");
    fallsBack(out -> out.number(AT, "n", NODES.numberNode(Double.NaN)), "n rejects");
    fallsBack(out -> out.number(AT, "n", NODES.numberNode(Double.NEGATIVE_INFINITY)), "n rejects");
    fallsBack(out -> out.number(AT, "whole", NODES.numberNode(1.5)), "expected an integer");
    fallsBack(out -> out.number(AT, "i", NODES.numberNode(10)), "greater than 9");
    fallsBack(out -> out.number(AT, "s", NODES.numberNode(1)), "s rejects");
  }

  @Test
  void startsAListOnlyWhereTheRuleHasOne() {
    assertThat(
            written(
                out -> {
                  boolean open = out.startListOnce(AT, "list", false);
                  assertThat(open).isTrue();
                  assertThat(out.startListOnce(AT, "list", open)).isTrue();
                  out.endListIf(open);
                  out.endListIf(false);
                }))
        .isEqualTo("{\"list\":[]}");
    fallsBack(out -> out.startList(AT, "s"), "s is not a list");
    fallsBack(out -> out.startList(AT, "unknown"), "unknown is not a property here");
  }

  @Test
  void writesTreesThatPassTheirRuleWhole() {
    assertThat(
            written(
                out -> {
                  out.tree(AT, "o", NODES.objectNode().put("k", "v"));
                  out.startList(AT, "list");
                  out.treeItem(Rule.string(), NODES.stringNode("item"));
                  out.endList();
                }))
        .isEqualTo("{\"o\":{\"k\":\"v\"},\"list\":[\"item\"]}");
    fallsBack(out -> out.tree(AT, "o", NODES.objectNode()), "required property 'k' is missing");
    fallsBack(out -> out.tree(AT, "unknown", NODES.objectNode()), "not a property here");
    fallsBack(out -> out.treeItem(Rule.string(), NODES.numberNode(1)), "expected a string");
  }

  @Test
  void writesKeptPropertiesAndOnlyThose() {
    Extensions extensions =
        Extensions.of(
            Map.of(
                "ninjs:s", JsonValue.string("kept"),
                "ninjs:", JsonValue.string("nameless"),
                "ninjs-list:list", JsonValue.array(List.of()),
                "x-other", JsonValue.bool(true)));
    assertThat(written(out -> out.kept(AT, extensions, Set.of("e")))).isEqualTo("{\"s\":\"kept\"}");
    assertThat(written(out -> out.kept(AT, Extensions.empty(), Set.of()))).isEqualTo("{}");
    fallsBack(
        out -> out.kept(AT, extensions, Set.of("s")), "kept property s is also a model member");
    Extensions rejected = Extensions.empty().with("ninjs:e", JsonValue.string("c"));
    fallsBack(out -> out.kept(AT, rejected, Set.of()), "'c' is not one of [a, b]");
  }

  @Test
  void aFallbackCarriesItsReasonAndNoStackTrace() {
    StreamFallback fallback = StreamFallback.because("why");
    assertThat(fallback).hasMessage("why").hasNoCause();
    assertThat(fallback.getStackTrace()).isEmpty();
  }

  @Test
  void theRulesOfNinjs31AreThoseTheWriterCountsOn() {
    StreamRules rules = StreamRules.V3_1;
    assertThat(rules.document.required()).containsExactly("uri");
    assertThat(rules.association.required()).containsExactly("name", "uri");
    assertThat(rules.rendition.required()).containsExactly("name");
    for (Rule.ObjectRule text :
        List.of(
            rules.headline,
            rules.description,
            rules.body,
            rules.mediaHeadline,
            rules.mediaDescription)) {
      assertThat(text.required()).containsExactly("value");
      assertThat(text.closed()).isTrue();
    }
    assertThat(rules.body.properties()).containsKeys("charCount", "wordCount");
    assertThat(rules.subject.properties()).containsKeys("relevance", "confidence", "creator");
    assertThat(rules.person.properties()).doesNotContainKeys("relevance", "creator");
    assertThat(rules.place.properties()).containsKey("geoJSON");
    assertThat(rules.event.properties()).containsKey("id");
    assertThat(rules.organisation.properties()).containsKey("symbols");
    assertThat(rules.source.properties()).containsKeys("name", "role", "uri");
    assertThat(rules.genre.properties()).containsOnlyKeys("name", "uri", "literal");
    assertThat(rules.altId.properties()).containsOnlyKeys("role", "value");
    assertThat(rules.object.properties()).doesNotContainKey("geoJSON");
    assertThat(rules.rightsInfo.properties()).containsKey("linkedRights");
    assertThat(rules.mediaRights.properties()).containsKey("encodedRights");
    assertThat(rules.rendition.properties()).containsKeys("frameRate", "bitrate", "poi");
  }

  @Test
  void aRuleWithoutTheExpectedListOrObjectIsAnError() {
    Rule.ObjectRule rule =
        Rule.object().prop("strings", Rule.array(Rule.string())).prop("text", Rule.string());
    assertThatThrownBy(() -> StreamRules.items(rule, "missing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> StreamRules.items(rule, "strings"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StreamRules.object(rule, "text"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text");
    assertThat(StreamRules.object(StreamRules.V3_1.document, "rightsInfo"))
        .isSameAs(StreamRules.V3_1.rightsInfo);
  }
}
