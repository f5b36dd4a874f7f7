package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficeTermTest {

  @Test
  void coversFromItsStartUntilTheDayBeforeItsEnd() {
    OfficeTerm term = term("2017-01-20", "2021-01-20");
    assertThat(term.covers(LocalDate.parse("2017-01-20"))).isTrue();
    assertThat(term.covers(LocalDate.parse("2021-01-19"))).isTrue();
    assertThat(term.covers(LocalDate.parse("2021-01-20"))).isFalse();
    assertThat(term.covers(LocalDate.parse("2017-01-19"))).isFalse();
    assertThat(term("2025-01-20", null).covers(LocalDate.parse("2030-01-01"))).isTrue();
  }

  @Test
  void successiveTermsDoNotOverlapButSharedDaysDo() {
    assertThat(term("2017-01-20", "2021-01-20").overlaps(term("2021-01-20", null))).isFalse();
    assertThat(term("2009-01-20", "2017-01-20").overlaps(term("2015-01-01", null))).isTrue();
    assertThat(term("2025-01-20", null).overlaps(term("2000-01-01", "2025-01-21"))).isTrue();
  }

  @Test
  void rejectsATermThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> term("2021-01-20", "2017-01-20"))
        .hasMessage("term of Someone ends 2017-01-20 before it starts 2021-01-20");
  }

  private static OfficeTerm term(String start, String end) {
    return new OfficeTerm("Q1", "Someone", "US", Office.HEAD_OF_STATE, "President",
        LocalDate.parse(start), Optional.ofNullable(end).map(LocalDate::parse));
  }
}
