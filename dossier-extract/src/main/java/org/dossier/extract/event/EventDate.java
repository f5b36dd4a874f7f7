package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When an event happened: a TIMEX3 value, and whether the text said it. */
record EventDate(String value, boolean fromText) {

  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?");

  EventDate {
    requireNonNull(value, "value");
  }

  /**
   * True when the day, month or year this value names comes within {@code days} of {@code day};
   * a value of another shape (a week, a quarter, an unknown date) counts by its year, or as near
   * when it has none.
   */
  boolean near(LocalDate day, int days) {
    Matcher m = CALENDAR.matcher(value);
    if (!m.lookingAt()) {
      return true;
    }
    int year = Integer.parseInt(m.group(1));
    LocalDate start;
    LocalDate end;
    if (m.group(3) != null) {
      start = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      end = start;
    } else if (m.group(2) != null) {
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      start = month.atDay(1);
      end = month.atEndOfMonth();
    } else {
      start = LocalDate.of(year, 1, 1);
      end = LocalDate.of(year, 12, 31);
    }
    return !end.isBefore(day.minusDays(days)) && !start.isAfter(day.plusDays(days));
  }
}
