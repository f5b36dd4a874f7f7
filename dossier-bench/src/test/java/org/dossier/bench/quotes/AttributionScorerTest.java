package org.dossier.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

  private static final String TEXT =
      "Trump said that there were \"thousands of shootings\" in Chicago. Clinton disagreed.";

  private static GoldAttribution gold(int contentStart, int contentEnd, int sourceStart,
      int sourceEnd) {
    return new GoldAttribution(List.<int[]>of(new int[] {sourceStart, sourceEnd}),
        List.<int[]>of(), List.<int[]>of(new int[] {contentStart, contentEnd}));
  }

  @Test
  void aPartialQuoteMatchesTheAttributionItIsPartOf() {
    GoldAttribution g = gold(11, 62, 0, 5);
    PredictedAttribution p = new PredictedAttribution(28, 50, true, Optional.of("Donald Trump"),
        List.<int[]>of(new int[] {0, 5}));
    AttributionScorer.Counts c = new AttributionScorer().score(TEXT, List.of(g), List.of(p));
    assertThat(c.recall()).isEqualTo(1.0);
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.speakerAccuracy()).isEqualTo(1.0);
  }

  @Test
  void theSpeakerIsRightWhenTheGoldSourceNamesIt() {
    GoldAttribution g = gold(11, 62, 0, 5);
    PredictedAttribution p = new PredictedAttribution(28, 50, true, Optional.of("Donald Trump"),
        List.of());
    assertThat(AttributionScorer.speakerRight(TEXT, g, p)).isTrue();
  }

  @Test
  void aSpanOutsideEveryAttributionIsNotCounted() {
    GoldAttribution g = gold(11, 62, 0, 5);
    PredictedAttribution p = new PredictedAttribution(64, 82, false, Optional.empty(), List.of());
    AttributionScorer.Counts c = new AttributionScorer().score(TEXT, List.of(g), List.of(p));
    assertThat(c.precision()).isZero();
    assertThat(c.recall()).isZero();
  }

  @Test
  void anUnknownSpeakerIsNeverRight() {
    GoldAttribution g = gold(11, 62, 0, 5);
    PredictedAttribution p = new PredictedAttribution(28, 50, true, Optional.empty(), List.of());
    assertThat(AttributionScorer.speakerRight(TEXT, g, p)).isFalse();
  }

  @Test
  void aRelativePronounSourceStandsForTheNameBeforeIt() {
    String text = "They heard Marc Morial, who said \"voting is a duty\" on Monday.";
    int who = text.indexOf("who");
    int content = text.indexOf("voting");
    GoldAttribution g = gold(content, content + 16, who, who + 3);
    int morial = text.indexOf("Marc Morial");
    PredictedAttribution named = new PredictedAttribution(content, content + 16, true,
        Optional.of("Marc Morial"), List.<int[]>of(new int[] {morial, morial + 11}));
    PredictedAttribution other = new PredictedAttribution(content, content + 16, true,
        Optional.of("Ann Lee"), List.<int[]>of(new int[] {0, 4}));
    assertThat(AttributionScorer.speakerRight(text, g, named)).isTrue();
    assertThat(AttributionScorer.speakerRight(text, g, other)).isFalse();
  }
}
