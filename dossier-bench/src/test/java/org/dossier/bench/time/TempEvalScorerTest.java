package org.dossier.bench.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TempEvalScorerTest {

  /** A tiny TimeML document written for these tests: two expressions in the text, plus the DCT. */
  private static final String GOLD = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>test-1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-11" functionInDocument="CREATION_TIME">\
      2026-02-11</TIMEX3></DCT>
      <TEXT>
      The talks ended <TIMEX3 tid="t1" type="DATE" value="2026-02-06">last Friday</TIMEX3> after \
      <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3> &amp; more.
      </TEXT>
      </TimeML>
      """;

  private static final TimeMlDocument DOCUMENT = TimeMlDocument.parse("test-1", GOLD);

  @Test
  void readsThePlainTextTheGoldSpansAndTheCreationDateButNotTheDctAsGold() {
    assertThat(DOCUMENT.creationDate())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2026-02-11"));
    assertThat(DOCUMENT.text())
        .isEqualTo("\nThe talks ended last Friday after three hours & more.\n");
    assertThat(DOCUMENT.gold()).extracting(g -> DOCUMENT.text().substring(g.start(), g.end()))
        .containsExactly("last Friday", "three hours");
    assertThat(DOCUMENT.gold()).extracting(TimexSpan::value).containsExactly("2026-02-06", "PT3H");
  }

  @Test
  void sameTokenExtentIsAStrictMatchAndAnOverlapARelaxedOne() {
    TempEvalCounts counts = TempEvalScorer.compare(DOCUMENT.text(), DOCUMENT.gold(), List.of(
        system("last Friday", "DATE", "2026-02-06"), system("three", "DURATION", "PT3H")));
    assertThat(counts).isEqualTo(new TempEvalCounts(2, 2, 2, 1, 2, 2));
    assertThat(counts.strictF1()).isCloseTo(0.5, within(1e-9));
    assertThat(counts.relaxedF1()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void valueF1IsValueAccuracyOnRelaxedMatchesTimesRelaxedF1() {
    TempEvalCounts counts = TempEvalScorer.compare(DOCUMENT.text(), DOCUMENT.gold(), List.of(
        system("Friday", "DATE", "2026-02-13"), system("three hours", "DURATION", "PT3H"),
        system("more", "DATE", "FUTURE_REF")));
    // relaxed: 2 of 3 found, 2 of 2 gold: P 2/3, R 1, F1 0.8; one value of two right.
    assertThat(counts.relaxedF1()).isCloseTo(0.8, within(1e-9));
    assertThat(counts.valueAccuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(counts.valueF1()).isCloseTo(0.4, within(1e-9));
    assertThat(counts.typeF1()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void aSpanEndingInsideAWordCoversTheWholeToken() {
    String text = "It peaked in the 1990s.";
    TimexSpan gold = new TimexSpan(text.indexOf("1990s"), text.indexOf("1990s") + 5, "DATE", "199");
    TimexSpan system =
        new TimexSpan(text.indexOf("1990s"), text.indexOf("1990s") + 4, "DATE", "1990");
    assertThat(TempEvalScorer.compare(text, List.of(gold), List.of(system)).strict()).isEqualTo(1);
  }

  @Test
  void eachExpressionPairsWithOneOnTheOtherSideAtMost() {
    TempEvalCounts counts = TempEvalScorer.compare(DOCUMENT.text(), DOCUMENT.gold(), List.of(
        system("last Friday after three hours", "DATE", "2026-02-06")));
    assertThat(counts.relaxed()).isEqualTo(1);
    assertThat(counts.relaxedRecall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void countsAddUpOverDocuments() {
    TempEvalCounts one = new TempEvalCounts(2, 3, 2, 1, 2, 1);
    assertThat(one.plus(one)).isEqualTo(new TempEvalCounts(4, 6, 4, 2, 4, 2));
    assertThat(TempEvalCounts.ZERO.relaxedF1()).isZero();
  }

  private static TimexSpan system(String surface, String type, String value) {
    int start = DOCUMENT.text().indexOf(surface);
    return new TimexSpan(start, start + surface.length(), type, value);
  }
}
