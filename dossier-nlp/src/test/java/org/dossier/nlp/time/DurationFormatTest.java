package org.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DurationFormatTest {

  @Test
  void clockUnitsFollowTheT() {
    assertThat(DurationFormat.format(Amount.of(3), "H")).isEqualTo("PT3H");
    assertThat(DurationFormat.format(Amount.of(90), "MIN")).isEqualTo("PT90M");
  }

  @Test
  void fractionsGoToTheNextSmallerUnit() {
    assertThat(DurationFormat.format(Amount.of(new BigDecimal("1.5")), "Y")).isEqualTo("P1Y6M");
    assertThat(DurationFormat.format(Amount.of(new BigDecimal("5.5")), "H")).isEqualTo("PT5H30M");
    assertThat(DurationFormat.format(Amount.of(new BigDecimal("1.5")), "MIN")).isEqualTo("PT1M30S");
    assertThat(DurationFormat.format(Amount.of(new BigDecimal("0.5")), "D")).isEqualTo("PT12H");
  }

  @Test
  void countedDecadesAndCenturiesAreYearsVagueOnesKeepTheirUnit() {
    assertThat(DurationFormat.format(Amount.of(2), "DE")).isEqualTo("P20Y");
    assertThat(DurationFormat.format(Amount.VAGUE_AMOUNT, "DE")).isEqualTo("PXDE");
    assertThat(DurationFormat.format(Amount.VAGUE_AMOUNT, "M")).isEqualTo("PXM");
    assertThat(DurationFormat.format(Amount.VAGUE_AMOUNT, "H")).isEqualTo("PTXH");
  }

  @Test
  void amountsAreReadFromWordsAndDigits() {
    TimeLexicon lexicon = TimeLexicon.standard();
    assertThat(Amount.parse("two and a half", lexicon)).contains(Amount.of(new BigDecimal("2.5")));
    assertThat(Amount.parse("twenty-four", lexicon)).contains(Amount.of(24));
    assertThat(Amount.parse("5 1/2", lexicon)).contains(Amount.of(new BigDecimal("5.5")));
    assertThat(Amount.parse("a couple of", lexicon)).contains(Amount.of(2));
    assertThat(Amount.parse("several", lexicon)).contains(Amount.VAGUE_AMOUNT);
  }
}
