package org.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenseOracleTest {

  @Test
  void modalsMarkTheFuture() {
    assertTense("The leaders will meet on Friday.", "Friday", Tense.FUTURE);
    assertTense("He said they'll sign the deal on Friday.", "Friday", Tense.FUTURE);
    assertTense("The talks are going to resume on Friday.", "Friday", Tense.FUTURE);
  }

  @Test
  void pastFormsMarkThePast() {
    assertTense("The leaders met on Friday.", "Friday", Tense.PAST);
    assertTense("Muscat on Friday hosted the talks.", "Friday", Tense.PAST);
    assertTense("The minister said on Friday that talks continue.", "Friday", Tense.PAST);
  }

  @Test
  void plansPointAheadEvenInThePastTense() {
    assertTense("The hearing is scheduled to resume Monday.", "Monday", Tense.FUTURE);
    assertTense("Protesters were planning to march on Monday.", "Monday", Tense.FUTURE);
  }

  @Test
  void aPlanInThePluperfectIsPast() {
    assertTense("The offer had been due to expire Friday.", "Friday", Tense.PAST);
    assertTense("They had planned to meet on Friday.", "Friday", Tense.PAST);
  }

  @Test
  void plansAsANounMarkNoFuture() {
    assertTense("In September, it announced plans to acquire the unit.", "September",
        Tense.PRESENT);
    assertTense("Officials plan to meet on Friday.", "Friday", Tense.FUTURE);
  }

  @Test
  void participleAfterAnAuxiliaryTakesTheAuxiliarysTense() {
    assertTense("The dividend would be paid on a still unspecified date in January.", "January",
        Tense.FUTURE);
  }

  @Test
  void markersInAnotherSentenceDoNotCount() {
    assertTense("He will go. Talks on Friday.", "Friday", Tense.PRESENT);
  }

  @Test
  void noMarkerMeansPresent() {
    assertTense("Talks on Friday in Muscat.", "Friday", Tense.PRESENT);
  }

  private static void assertTense(String text, String word, Tense expected) {
    assertThat(TenseOracle.heuristic(text).tenseAt(text.indexOf(word)))
        .as("tense at '%s' in '%s'", word, text).isEqualTo(expected);
  }
}
