package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesProbeTest {
  @Test
  void rulesAgree() {
    Parsing parsing = new Parsing(JsonLimits.defaults());
    List<String> bad = new ArrayList<>();
    int n = 0;
    for (Conformance.Case c : Conformance.cases()) {
      if (c.formatSensitive()) continue;
      n++;
      Parsing.Parsed parsed = parsing.parse(Conformance.bytes(c));
      List<JsonProblem> out = new ArrayList<>(parsed.problems());
      if (parsed.tree() != null) NinjsRules.of(c.version()).document().check(parsed.tree(), "", out);
      if (out.isEmpty() != c.valid()) bad.add(c + " expected " + c.valid() + " " + out);
    }
    System.out.println("probe " + (n - bad.size()) + "/" + n);
    bad.forEach(System.out::println);
    assertThat(bad).isEmpty();
  }
}
