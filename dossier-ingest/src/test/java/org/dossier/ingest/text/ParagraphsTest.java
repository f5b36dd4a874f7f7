package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

  @Test
  void linesThatHoldOnlyInvisibleSpacesSeparateParagraphs() {
    assertThat(Paragraphs.split("One.\n\u00a0\nTwo.\n \n\u200b\nThree."))
        .containsExactly("One.", "Two.", "Three.");
  }

  @Test
  void joinsHardWrappedLines() {
    String wrapped = "The talks in the Omani capital were the first since the war in\n"
        + "June, officials said on Friday after the delegations left the city.\n\nNext.";
    assertThat(Paragraphs.split(wrapped)).containsExactly(
        "The talks in the Omani capital were the first since the war in June, officials said on"
            + " Friday after the delegations left the city.", "Next.");
  }

  @Test
  void keepsShortHeaderLinesApart() {
    assertThat(Paragraphs.split("News\nA headline here\nFeb. 11, 2026"))
        .containsExactly("News", "A headline here", "Feb. 11, 2026");
  }
}
