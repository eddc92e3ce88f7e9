package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RoundTripProbeTest {
  @Test
  void probe() {
    List<String> bad = new ArrayList<>();
    for (Conformance.Case c : Conformance.cases()) {
      if (!c.valid()) continue;
      NinjsVersion v = c.version().isV3() ? NinjsVersion.V3_1 : NinjsVersion.V2_2;
      ReadResult<Article> r = Ninjs.defaults().read(Conformance.bytes(c), v);
      Article a = r.value().orElseThrow();
      String out = Ninjs.defaults().write(a, v).json();
      JsonNode in = JsonMapper.shared().readTree(Conformance.bytes(c));
      JsonNode back = JsonMapper.shared().readTree(out);
      int overrides = Overrides.count(a.extensions());
      System.out.println("RT " + c + " equal=" + in.equals(back) + " overrides=" + overrides + " " + a.extensions().asMap().getOrDefault("ninjs-original", null));
      if (!in.equals(back)) bad.add(c.toString());
    }
    assertThat(bad).isEmpty();
  }
}
