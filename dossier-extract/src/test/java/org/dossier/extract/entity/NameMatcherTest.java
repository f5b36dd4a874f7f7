package org.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

  private final NameMatcher names = new NameMatcher();

  @Test
  void oneMissingLetterInALongNameIsTheSameName() {
    assertThat(names.sameWord("Aragchi", "Araghchi")).isTrue();
    assertThat(names.sameName("Abbas Aragchi", "Abbas Araghchi")).isTrue();
  }

  @Test
  void shortNamesOneLetterApartAreDifferent() {
    assertThat(names.sameWord("Iran", "Iraq")).isFalse();
    assertThat(names.sameWord("Bush", "Rush")).isFalse();
  }

  @Test
  void differentFirstLettersAreDifferentNames() {
    assertThat(names.sameWord("Mahmoud", "Rahmoud")).isFalse();
  }

  @Test
  void diacriticsAndCaseDoNotMatter() {
    assertThat(names.sameWord("Erdoğan", "ERDOGAN")).isTrue();
  }

  @Test
  void normalizesPlainAndMarkedNamesAlike() {
    assertThat(NameMatcher.normalize("Jean-Yves O'Neill 2nd")).isEqualTo("jean-yves o'neill 2nd");
    assertThat(NameMatcher.normalize(" Jean-Yves  O’Neill, 2nd ")).isEqualTo("jean-yves o'neill 2nd");
    assertThat(NameMatcher.normalize("Recep Tayyip Erdoğan")).isEqualTo("recep tayyip erdogan");
    assertThat(NameMatcher.normalize("U.S.")).isEqualTo("u s");
  }

  @Test
  void twoMisspeltWordsAreTooMany() {
    assertThat(names.sameName("Abbas Aragchi", "Abbaz Aragchy")).isFalse();
  }

  @Test
  void transpositionCountsAsOneEdit() {
    assertThat(NameMatcher.distance("netanyahu", "netanyhau")).isEqualTo(1);
  }
}
