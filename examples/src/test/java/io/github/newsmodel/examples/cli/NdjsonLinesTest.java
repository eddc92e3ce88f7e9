package io.github.newsmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

  private static List<FeedRecord> read(InputStream feed) throws IOException {
    RecordReader reader = new NdjsonLines(feed, new FakeFormats.Codec(), Locale.ENGLISH);
    List<FeedRecord> records = new ArrayList<>();
    FeedRecord record;
    while ((record = reader.next()) != null) {
      records.add(record);
    }
    return records;
  }

  private static List<FeedRecord> read(String feed) throws IOException {
    return read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void numbersRecordsAndLinesSkippingBlankLines() throws IOException {
    List<FeedRecord> records = read("\nvalid\r\n  \t\ninvalid\nvalid");

    assertThat(records).extracting(FeedRecord::index).containsExactly(1L, 2L, 3L);
    assertThat(records).extracting(FeedRecord::line).containsExactly(2L, 4L, 5L);
    assertThat(records).extracting(r -> r.result().isValid()).containsExactly(true, false, true);
    assertThat(records.get(1).result().problems().get(0).line()).isEqualTo(4 + 12 - 1);
    assertThat(records.get(1).result().problems().get(0).column()).isEqualTo(7);
  }

  @Test
  void emptyFeedHasNoRecords() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(read("\n\n\r\n")).isEmpty();
  }

  @Test
  void tooLongLineIsSkippedToItsEndAndReported() throws IOException {
    String longLine = "x".repeat(200_000);

    List<FeedRecord> records = read("valid\n" + longLine + "\nvalid\n" + longLine);

    assertThat(records).extracting(FeedRecord::line).containsExactly(1L, 2L, 3L, 4L);
    assertThat(records.get(1).result().problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("limit.document"));
    assertThat(records.get(2).result().isValid()).isTrue();
    assertThat(records.get(3).result().problems().get(0).code()).isEqualTo("limit.document");
  }

  @Test
  void lineOfExactlyTheLimitIsRead() throws IOException {
    String atLimit = "valid" + " ".repeat(FakeFormats.MAX_BYTES - 5);

    List<FeedRecord> records = read(atLimit + "\r\n" + atLimit + " \n");

    assertThat(records.get(0).result().isValid()).isTrue();
    assertThat(records.get(1).result().problems().get(0).code()).isEqualTo("limit.document");
  }

  @Test
  void readsAcrossSmallReads() throws IOException {
    byte[] bytes = "valid\ninvalid\nvalid\n".getBytes(StandardCharsets.UTF_8);
    InputStream trickle =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
          }
        };

    assertThat(read(trickle))
        .extracting(r -> r.result().isValid())
        .containsExactly(true, false, true);
  }
}
