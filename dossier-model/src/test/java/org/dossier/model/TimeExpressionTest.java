package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeExpressionTest {

  @Test
  void aDateOrTheDayAnOffsetReachesIsACalendarDate() {
    assertThat(time(TimexType.DATE, "2026-02-06", null).calendarDate()).contains("2026-02-06");
    assertThat(time(TimexType.DURATION, "P1Y6M", "2024-08").calendarDate()).contains("2024-08");
    assertThat(time(TimexType.DURATION, "PT3H", null).calendarDate()).isEmpty();
    assertThat(time(TimexType.DATE, "PRESENT_REF", null).calendarDate()).isEmpty();
    assertThat(time(TimexType.DURATION, "PXY", "PAST_REF").calendarDate()).isEmpty();
  }

  private static TimeExpression time(TimexType type, String value, String anchor) {
    return new TimeExpression("words", type, value, Optional.ofNullable(anchor), 0, 5);
  }
}
