package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.json.NewsJson;
import org.junit.jupiter.api.Test;

/** The arrays a read works in are kept per thread, and a very large document does not keep them. */
class ReadStateScratchTest {

  private static final NewsJson JSON = NewsJson.defaults();

  @Test
  void aVeryLargeDocumentLeavesSmallArraysFreeForTheNextRead() {
    StringBuilder keywords = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      keywords.append(i == 0 ? "" : ",").append("\"k").append(i).append('"');
    }
    String large = "{\"id\":\"a\",\"headline\":\"h\",\"keywords\":[" + keywords + "]}";

    assertThat(JSON.read(large).isValid()).isTrue();

    assertThat(ReadState.retainedLogCapacity()).isBetween(1, LocationLog.MAX_RETAINED);
    assertThat(JSON.read("{\"id\":\"a\",\"headline\":\"h\"}").isValid()).isTrue();
    assertThat(ReadState.retainedLogCapacity()).isBetween(1, LocationLog.MAX_RETAINED);
  }

  @Test
  void anOrdinaryDocumentHandsItsArraysBack() {
    assertThat(JSON.read("{\"id\":\"a\",\"headline\":\"h\",\"keywords\":[\"x\"]}").isValid())
        .isTrue();

    assertThat(ReadState.retainedLogCapacity()).isPositive();
  }
}
