package io.github.newsmodel.share;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class EqualsContractTest {

  @Test
  void shareLinkIsAValueType() {
    EqualsVerifier.forClass(ShareLink.class)
        .withPrefabValues(SharePlatform.class, SharePlatform.TELEGRAM, SharePlatform.VK)
        .verify();
  }

  @Test
  void recognizedShareIsAValueType() {
    EqualsVerifier.forClass(RecognizedShare.class)
        .withPrefabValues(SharePlatform.class, SharePlatform.TELEGRAM, SharePlatform.VK)
        .verify();
  }

  @Test
  void followLinkIsAValueType() {
    EqualsVerifier.forClass(FollowLink.class).verify();
  }

  @Test
  void sharePlatformEqualityUsesIdAndTemplateOnly() {
    EqualsVerifier.forClass(SharePlatform.class)
        .withOnlyTheseFields("id", "template")
        .withPrefabValues(
            ShareTemplate.class,
            ShareTemplate.parse("https://a.example/?u={url}"),
            ShareTemplate.parse("https://b.example/?u={url}"))
        .verify();
  }
}
