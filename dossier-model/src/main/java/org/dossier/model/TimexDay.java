package org.dossier.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a TIMEX3 date value stands for, to sort records on a timeline: a day is itself, a
 * month or year its first day, an ISO week its Monday, a quarter its first day. The last day of
 * the stretch a value names is known too, to tell whether it reaches a given day. Values that name
 * no calendar date ({@code PRESENT_REF}, durations) have none.
 */
public final class TimexDay {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(-.*)?");

  private TimexDay() {
  }

  /** The first day of the stretch {@code value} names. */
  public static Optional<LocalDate> of(String value) {
    return stretch(value).map(Stretch::first);
  }

  /** The last day of the stretch {@code value} names: a month's last day, a week's Sunday. */
  public static Optional<LocalDate> lastOf(String value) {
    return stretch(value).map(Stretch::last);
  }

  private record Stretch(LocalDate first, LocalDate last) {
  }

  private static Optional<Stretch> stretch(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parse(value.strip()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Stretch parse(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      LocalDate day =
          LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return new Stretch(day, day);
    }
    if ((m = MONTH.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1);
      return new Stretch(first, first.plusMonths(1).minusDays(1));
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(year(m), 6, 1)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return new Stretch(monday, monday.plusDays(6));
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
      return new Stretch(first, first.plusMonths(3).minusDays(1));
    }
    if ((m = YEAR.matcher(value)).matches()) {
      return new Stretch(LocalDate.of(year(m), 1, 1), LocalDate.of(year(m), 12, 31));
    }
    return null;
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(1));
  }
}
