package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleReaderTest {

  private static String clean(String title, String site) {
    return TitleReader.withoutSiteName(title, Optional.ofNullable(site), Optional.empty());
  }

  @Test
  void dropsTheSiteNameSuffix() {
    assertThat(clean("Oman hosts second round of talks | Example News", "Example News"))
        .isEqualTo("Oman hosts second round of talks");
    assertThat(clean("Oman hosts second round of talks - BBC News", null))
        .isEqualTo("Oman hosts second round of talks");
  }

  @Test
  void dropsASiteNamePrefix() {
    assertThat(clean("Example News — Oman hosts second round of talks", "Example News"))
        .isEqualTo("Oman hosts second round of talks");
  }

  @Test
  void keepsATitleWhoseColonIsPartOfTheHeadline() {
    assertThat(clean("Brexit: what happens next", "Example News"))
        .isEqualTo("Brexit: what happens next");
  }

  @Test
  void dropsAnUnknownSiteNameAfterASectionLabel() {
    assertThat(clean("Opinion | Trump is losing - The New York Times", null))
        .isEqualTo("Opinion | Trump is losing");
  }

  @Test
  void prefersTheHeadlineInsideALongerTitle() {
    assertThat(TitleReader.withoutSiteName("Trump is losing the suburbs :: Opinion :: Example",
        Optional.empty(), Optional.of("Trump is losing the suburbs")))
        .isEqualTo("Trump is losing the suburbs");
  }
}
