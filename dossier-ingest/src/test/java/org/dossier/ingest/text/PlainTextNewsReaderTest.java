package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.date.VisibleDateParser;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlainTextNewsReaderTest {

  private static PlainTextNewsReader reader;

  @BeforeAll
  static void load() {
    CaptionDetector captions = new CaptionDetector();
    reader = new PlainTextNewsReader(new HeaderReader(new VisibleDateParser(), captions), captions,
        new DatelineParser(KnowledgeBase.builtIn()), new LanguageGuesser());
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = PlainTextNewsReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheHeaderOfAWireStory() throws IOException {
    Article a = reader.read("wire-story.txt", fixture("wire-story.txt"));
    assertThat(a.section()).contains("Middle East");
    assertThat(a.title()).contains("Oman hosts second round of talks as ministers meet in Muscat");
    assertThat(a.published()).contains(LocalDate.of(2025, 3, 3));
    assertThat(a.readingTimeMinutes()).contains(5);
    assertThat(a.captions()).containsExactly(
        "Delegations arrive at a hotel in Muscat on Monday. Photo: Agency photographer");
    assertThat(a.language()).contains("en");
  }

  @Test
  void readsAnAgencyDatelineAndPlacesIt() throws IOException {
    Article a = reader.read("wire-story.txt", fixture("wire-story.txt"));
    assertThat(a.dateline()).hasValueSatisfying(d -> {
      assertThat(d.text()).isEqualTo("MUSCAT (Reuters)");
      assertThat(d.place()).contains("Muscat");
      assertThat(d.countryCode()).contains("OM");
      assertThat(d.agency()).contains("Reuters");
    });
  }

  @Test
  void keepsTheStoryAndDropsPageFurniture() throws IOException {
    Article a = reader.read("wire-story.txt", fixture("wire-story.txt"));
    assertThat(a.text()).startsWith("MUSCAT (Reuters) — Delegations")
        .endsWith("Both sides described the meeting as constructive.")
        .doesNotContain("Advertisement").doesNotContain("Related").doesNotContain("Geneva");
    assertThat(a.text().split("\n\n")).hasSize(3);
  }

  @Test
  void rejectsAPageWithoutStory() {
    assertThatThrownBy(() -> reader.read("menu.txt", "NEWSLETTER\n\nSubscribe now for updates"))
        .isInstanceOf(IngestException.class)
        .hasMessage("no article text found (only a header or page furniture)");
  }
}
