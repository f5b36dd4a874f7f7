package org.dossier.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldAttributionTest {

  @Test
  void twoApostrophesTypedForAQuotationMarkMakeTheContentQuoted() {
    String text = "He said, ''We will win.'' Then he left.";
    assertThat(content(text, "We will win.").isQuoted(text)).isTrue();
  }

  @Test
  void twoApostrophesAfterTheClosingCommaStillCloseTheQuote() {
    String text = "``We will win,'' he said.";
    assertThat(content(text, "We will win").isQuoted(text)).isTrue();
  }

  @Test
  void contentWithoutQuotationMarksIsReportedSpeech() {
    String text = "He said that they would win the vote.";
    assertThat(content(text, "they would win the vote").isQuoted(text)).isFalse();
  }

  private static GoldAttribution content(String text, String content) {
    int start = text.indexOf(content);
    return new GoldAttribution(List.of(), List.of(),
        List.<int[]>of(new int[] {start, start + content.length()}));
  }
}
