package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 11);

  @Test
  void aDayAMonthOrAYearIsNearWhenItReachesTheDaysAroundPublication() {
    assertThat(new EventDate("2026-02-06", true).near(PUBLISHED, 7)).isTrue();
    assertThat(new EventDate("2026-01-30", true).near(PUBLISHED, 7)).isFalse();
    assertThat(new EventDate("2026-01", true).near(PUBLISHED, 7)).isFalse();
    assertThat(new EventDate("2026-02", true).near(PUBLISHED, 7)).isTrue();
    assertThat(new EventDate("2025-06", true).near(PUBLISHED, 7)).isFalse();
    assertThat(new EventDate("2003", true).near(PUBLISHED, 7)).isFalse();
  }

  @Test
  void aWeekOrAQuarterCountsByItsDaysAndAValueWithoutDatesAsNear() {
    assertThat(new EventDate("2026-W06", true).near(PUBLISHED, 7)).isTrue();
    assertThat(new EventDate("2025-Q3", true).near(PUBLISHED, 7)).isFalse();
    assertThat(new EventDate("PAST_REF", true).near(PUBLISHED, 7)).isTrue();
  }
}
