package org.dossier.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  private static void assertMatch(String gold, String predicted, double tp, double fp, double fn) {
    ShingleMatch m = ShingleMetric.match(gold, predicted);
    assertThat(m.tp()).isCloseTo(tp, within(1e-12));
    assertThat(m.fp()).isCloseTo(fp, within(1e-12));
    assertThat(m.fn()).isCloseTo(fn, within(1e-12));
  }

  @Test
  void tokenizesLikePythonsWordPattern() {
    assertThat(ShingleMetric.tokenize("It’s 3:30 — don't_stop! Ça va? ½ über"))
        .containsExactly("It", "s", "3", "30", "don", "t_stop", "Ça", "va", "½", "über");
    // Python's \w has no combining marks: a Devanagari vowel sign splits the word.
    assertThat(ShingleMetric.tokenize("नमस्ते")).containsExactly("नमस", "त");
    assertThat(ShingleMetric.tokenize("東京都 2019年")).containsExactly("東京都", "2019年");
    assertThat(ShingleMetric.tokenize(null)).isEmpty();
  }

  @Test
  void countsOverlappingFourGramShinglesAsMultisets() {
    // gold: a b c d e → {abcd, bcde}; predicted: a b c d → {abcd}
    assertMatch("a b c d e", "a b c d", 1 / 2.0, 0, 1 / 2.0);
    // repeated shingles count: predicted has "a b c d" twice, gold once
    assertMatch("a b c d", "a b c d. a b c d", 1 / 5.0, 4 / 5.0, 0);
  }

  @Test
  void treatsATextShorterThanFourTokensAsOneShingle() {
    assertMatch("Hello world", "Hello world", 1, 0, 0);
    assertMatch("Hello world", "Hello there world", 0, 1 / 2.0, 1 / 2.0);
  }

  @Test
  void scoresEmptyTextsAsTheReferenceDoes() {
    ShingleMatch bothEmpty = ShingleMetric.match("", "...");
    assertThat(bothEmpty).isEqualTo(new ShingleMatch(0, 0, 0));
    ShingleMatch nothingPredicted = ShingleMetric.match("a b c d", "");
    assertThat(nothingPredicted).isEqualTo(new ShingleMatch(0, 0, 1));
    assertThat(nothingPredicted.recall()).isZero();
    assertThat(new ShingleMatch(1, 0, 0).precision()).isEqualTo(1);
  }

  @Test
  void averagesPrecisionAndRecallOverPagesThenTakesF1() {
    List<ShingleMatch> pages = List.of(
        ShingleMetric.match("a b c d e", "a b c d e"),   // P 1, R 1
        ShingleMetric.match("a b c d e", "a b c d"),     // P 1, R 0.5
        ShingleMetric.match("a b c d", ""));             // no prediction: R 0, not in precision
    ExtractionScores s = ShingleMetric.summarize(pages, List.of(true, false, false));
    assertThat(s.precision()).isCloseTo(1.0, within(1e-12));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-12));
    assertThat(s.accuracy()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.pages()).isEqualTo(3);
  }
}
