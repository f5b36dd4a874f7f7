package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexDayTest {

  @Test
  void placesEachCalendarValueOnItsFirstDay() {
    assertThat(TimexDay.of("2026-02-06")).contains(LocalDate.of(2026, 2, 6));
    assertThat(TimexDay.of("2026-02-06T14:00")).contains(LocalDate.of(2026, 2, 6));
    assertThat(TimexDay.of("2025-06")).contains(LocalDate.of(2025, 6, 1));
    assertThat(TimexDay.of("2026-W07")).contains(LocalDate.of(2026, 2, 9));
    assertThat(TimexDay.of("2026-Q3")).contains(LocalDate.of(2026, 7, 1));
    assertThat(TimexDay.of("2003")).contains(LocalDate.of(2003, 1, 1));
  }

  @Test
  void valuesThatNameNoDateHaveNoDay() {
    assertThat(TimexDay.of("PRESENT_REF")).isEmpty();
    assertThat(TimexDay.of("P1Y6M")).isEmpty();
    assertThat(TimexDay.of("2026-02-30")).isEmpty();
    assertThat(TimexDay.of(null)).isEmpty();
  }
}
