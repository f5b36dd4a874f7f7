package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.dossier.model.TimexDay;

/** When an event happened: a TIMEX3 value, and whether the text said it. */
record EventDate(String value, boolean fromText) {

  EventDate {
    requireNonNull(value, "value");
  }

  /**
   * True when the stretch this value names (a day, week, month, quarter or year) comes within
   * {@code days} of {@code day}; a value that names no calendar date counts as near.
   */
  boolean near(LocalDate day, int days) {
    Optional<LocalDate> first = TimexDay.of(value);
    Optional<LocalDate> last = TimexDay.lastOf(value);
    if (first.isEmpty() || last.isEmpty()) {
      return true;
    }
    return !last.get().isBefore(day.minusDays(days)) && !first.get().isAfter(day.plusDays(days));
  }
}
