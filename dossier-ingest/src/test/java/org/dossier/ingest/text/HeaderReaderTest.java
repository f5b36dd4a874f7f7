package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.ingest.date.VisibleDateParser;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {

  private final HeaderReader header = new HeaderReader(new VisibleDateParser(), new CaptionDetector());

  @Test
  void readsSectionTitleDateReadingTimeAndCaption() {
    PageHeader h = header.read(List.of("Politics", "Ministers agree to resume talks next week",
        "March 3, 2025 • 4 min read", "Image of Ministers agree to resume talks next week"
            + " The ministers in Geneva. Photo: Agency",
        "The foreign ministers of both countries agreed on Monday to resume talks, officials said."));
    assertThat(h.section()).contains("Politics");
    assertThat(h.title()).contains("Ministers agree to resume talks next week");
    assertThat(h.published()).contains(LocalDate.of(2025, 3, 3));
    assertThat(h.readingTimeMinutes()).contains(4);
    assertThat(h.captions()).containsExactly("The ministers in Geneva. Photo: Agency");
    assertThat(h.bodyStart()).isEqualTo(4);
  }

  @Test
  void readsABylineAndNoSectionWhenTheHeadlineComesFirst() {
    PageHeader h = header.read(List.of("Ministers agree to resume talks next week",
        "By Jane Doe and John Roe", "Updated 2025-03-03",
        "The foreign ministers of both countries agreed on Monday to resume talks, officials said."));
    assertThat(h.section()).isEmpty();
    assertThat(h.byline()).contains("Jane Doe and John Roe");
    assertThat(h.published()).contains(LocalDate.of(2025, 3, 3));
    assertThat(h.bodyStart()).isEqualTo(3);
  }

  @Test
  void aSentenceEndingInAQuoteIsStoryNotHeadline() {
    PageHeader h = header.read(List.of("World Condemns Test",
        "UNITED NATIONS - The French minister said the test \"cannot be left without consequences.\"",
        "More talks are planned."));
    assertThat(h.section()).isEmpty();
    assertThat(h.title()).contains("World Condemns Test");
    assertThat(h.bodyStart()).isEqualTo(1);
  }

  @Test
  void aShortHeadlineMayEndInAQuotedSentence() {
    PageHeader h = header.read(List.of("Mayor says blast was an 'intentional act.'",
        "Twenty people were injured on Saturday night in a crowded street, officials said."));
    assertThat(h.title()).contains("Mayor says blast was an 'intentional act.'");
  }

  @Test
  void aPageThatIsOnlyStoryHasNoHeader() {
    PageHeader h = header.read(List.of(
        "The foreign ministers of both countries agreed on Monday to resume talks, officials said.",
        "More talks are planned."));
    assertThat(h.title()).isEmpty();
    assertThat(h.bodyStart()).isZero();
  }
}
