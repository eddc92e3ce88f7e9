package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The log of values read: their JSON Pointers, and finding a pointer's line and column again. */
class LocationLogTest {

  private final LocationLog log = new LocationLog();
  private int media;
  private int media0;
  private int kind;
  private int slash;

  /** Logs {@code {"media": [{"kind": ...}], "a/b": ...}} as a reader would. */
  private void logDocument() {
    log.reset(1, 1);
    media = log.addKnown(0, ArticleDecoder.FIELDS, ArticleDecoder.FIELDS.indexOf("media"), 2, 12);
    media0 = log.addElement(media, 0, 2, 13);
    kind = log.addKnown(media0, MediaDecoder.MEDIA, MediaDecoder.MEDIA.indexOf("kind"), 2, 22);
    slash = log.addNamed(0, "a/b", 3, 10);
  }

  @Test
  void pointersNameEveryStepFromTheRoot() {
    logDocument();
    assertThat(log.pointer(0)).isEmpty();
    assertThat(log.pointer(media)).isEqualTo("/media");
    assertThat(log.pointer(media0)).isEqualTo("/media/0");
    assertThat(log.pointer(kind)).isEqualTo("/media/0/kind");
    assertThat(log.pointer(slash)).isEqualTo("/a~1b");
    assertThat(log.childPointer(media0, "id")).isEqualTo("/media/0/id");
  }

  @Test
  void findsTheNodeOfAPointerWithItsPosition() {
    logDocument();
    assertThat(log.find("/media/0/kind")).isEqualTo(kind);
    assertThat(log.find("/a~1b")).isEqualTo(slash);
    assertThat(log.find("")).isZero();
    int found = log.find("/media/0");
    assertThat(found).isEqualTo(media0);
    assertThat(log.line(found)).isEqualTo(2);
    assertThat(log.column(found)).isEqualTo(13);
  }

  @Test
  void findsTheNearestAncestorThatWasRead() {
    logDocument();
    assertThat(log.find("/media/0/id")).isEqualTo(media0);
    assertThat(log.find("/media/0/creator/name")).isEqualTo(media0);
    assertThat(log.find("/media/3")).isEqualTo(media);
    assertThat(log.find("/headline")).isZero();
  }

  @Test
  void findsOnlyNodesThatWereAdded() {
    log.reset(1, 1);
    assertThat(log.find("/0")).isZero();
    logDocument();
    assertThat(log.find("/0")).isZero();
    assertThat(log.find("/media/1")).isEqualTo(media);
  }

  @Test
  void aStringThatIsNotAPointerFindsTheRoot() {
    logDocument();
    assertThat(log.find("media")).isZero();
  }

  @Test
  void relocatingMovesOnlyThatNode() {
    logDocument();
    log.relocate(kind, 7, 31);
    assertThat(log.line(kind)).isEqualTo(7);
    assertThat(log.column(kind)).isEqualTo(31);
    assertThat(log.line(media0)).isEqualTo(2);
    assertThat(log.column(media0)).isEqualTo(13);
    assertThat(log.line(slash)).isEqualTo(3);
    assertThat(log.column(slash)).isEqualTo(10);
  }

  @Test
  void aResetForgetsTheNodesOfTheLastDocument() {
    logDocument();
    log.reset(4, 2);
    assertThat(log.find("/media/0/kind")).isZero();
    assertThat(log.line(0)).isEqualTo(4);
    assertThat(log.column(0)).isEqualTo(2);
  }

  @Test
  void keepsOtherNamesUntilCleared() {
    log.reset(1, 1);
    int first = log.addNamed(0, "x-custom", 1, 2);
    int second = log.addNamed(first, "", 1, 14);
    assertThat(log.pointer(second)).isEqualTo("/x-custom/");
    for (int i = 0; i < 20; i++) {
      log.addNamed(0, "n" + i, 2, i);
    }
    assertThat(log.find("/n19")).isEqualTo(second + 20);
    log.clear();
    log.reset(1, 1);
    assertThat(log.find("/x-custom")).isZero();
  }

  @Test
  void growsPastItsFirstArrays() {
    log.reset(1, 1);
    int parent = log.addNamed(0, "keywords", 1, 14);
    int last = -1;
    for (int i = 0; i < 200; i++) {
      last = log.addElement(parent, i, 2 + i, 3);
    }
    assertThat(log.pointer(last)).isEqualTo("/keywords/199");
    assertThat(log.find("/keywords/150")).isEqualTo(parent + 151);
    assertThat(log.line(log.find("/keywords/199"))).isEqualTo(201);
  }
}
