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
  void knowsTheLastDayOfTheStretchAValueNames() {
    assertThat(TimexDay.lastOf("2026-02-06")).contains(LocalDate.of(2026, 2, 6));
    assertThat(TimexDay.lastOf("2024-02")).contains(LocalDate.of(2024, 2, 29));
    assertThat(TimexDay.lastOf("2026-W07")).contains(LocalDate.of(2026, 2, 15));
    assertThat(TimexDay.lastOf("2026-Q3")).contains(LocalDate.of(2026, 9, 30));
    assertThat(TimexDay.lastOf("2003")).contains(LocalDate.of(2003, 12, 31));
    assertThat(TimexDay.lastOf("P1Y6M")).isEmpty();
  }

  @Test
  void valuesThatNameNoDateHaveNoDay() {
    assertThat(TimexDay.of("PRESENT_REF")).isEmpty();
    assertThat(TimexDay.of("P1Y6M")).isEmpty();
    assertThat(TimexDay.of("2026-02-30")).isEmpty();
    assertThat(TimexDay.of(null)).isEmpty();
  }
}
