package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A stretch of the calendar named at some granularity (the year 2026, the month 2026-02, the ISO
 * week 2026-W06, the day 2026-02-11, ...), held as its first day. It shifts by whole units and
 * prints itself as a TIMEX3 value. Immutable.
 */
record CalendarPoint(Granularity granularity, LocalDate start) {

  CalendarPoint {
    requireNonNull(granularity, "granularity");
    requireNonNull(start, "start");
    start = truncate(granularity, start);
  }

  static CalendarPoint of(Granularity granularity, LocalDate day) {
    return new CalendarPoint(granularity, day);
  }

  static CalendarPoint day(LocalDate day) {
    return new CalendarPoint(Granularity.DAY, day);
  }

  static CalendarPoint year(int year) {
    return new CalendarPoint(Granularity.YEAR, LocalDate.of(year, 1, 1));
  }

  static CalendarPoint month(int year, int month) {
    return new CalendarPoint(Granularity.MONTH, LocalDate.of(year, month, 1));
  }

  static CalendarPoint quarter(int year, int quarter) {
    return new CalendarPoint(Granularity.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
  }

  static CalendarPoint half(int year, int half) {
    return new CalendarPoint(Granularity.HALF, LocalDate.of(year, half * 6 - 5, 1));
  }

  /** The season whose first month is {@code firstMonth} (3, 6, 9 or 12) in {@code year}. */
  static CalendarPoint season(int year, int firstMonth) {
    return new CalendarPoint(Granularity.SEASON, LocalDate.of(year, firstMonth, 1));
  }

  int year() {
    return start.getYear();
  }

  /** The same stretch at a coarser (or equal) granularity: 2026-02-11 as a month is 2026-02. */
  CalendarPoint coarsen(Granularity coarser) {
    return granularity.finerOrEqual(coarser) ? new CalendarPoint(coarser, start) : this;
  }

  /** This point moved by {@code amount} of its own units. */
  CalendarPoint shift(long amount) {
    return shift(amount, granularity);
  }

  /** This point moved by {@code amount} units of {@code unit}, keeping its granularity. */
  CalendarPoint shift(long amount, Granularity unit) {
    LocalDate moved = switch (unit) {
      case MILLENNIUM -> start.plusYears(1000 * amount);
      case CENTURY -> start.plusYears(100 * amount);
      case DECADE -> start.plusYears(10 * amount);
      case YEAR -> start.plusYears(amount);
      case HALF -> start.plusMonths(6 * amount);
      case QUARTER, SEASON -> start.plusMonths(3 * amount);
      case MONTH -> start.plusMonths(amount);
      case WEEK, WEEKEND -> start.plusWeeks(amount);
      case DAY -> start.plusDays(amount);
    };
    return new CalendarPoint(granularity, moved);
  }

  /** True when this stretch ends before {@code day}. */
  boolean endsBefore(LocalDate day) {
    return !shift(1).start().isAfter(day);
  }

  /** The TIMEX3 value: 2026, 2026-02, 2026-W06, 2026-W06-WE, 2026-Q1, 2026-H1, 2026-SU, 202, 20. */
  String timex() {
    int year = start.getYear();
    return switch (granularity) {
      case MILLENNIUM -> Integer.toString(Math.floorDiv(year, 1000));
      case CENTURY -> String.format("%02d", Math.floorDiv(year, 100));
      case DECADE -> String.format("%03d", Math.floorDiv(year, 10));
      case YEAR -> String.format("%04d", year);
      case HALF -> String.format("%04d-H%d", year, start.getMonthValue() <= 6 ? 1 : 2);
      case QUARTER -> String.format("%04d-Q%d", year, (start.getMonthValue() + 2) / 3);
      case SEASON -> String.format("%04d-%s", year, seasonCode(start.getMonthValue()));
      case MONTH -> String.format("%04d-%02d", year, start.getMonthValue());
      case WEEK -> isoWeek();
      case WEEKEND -> isoWeek() + "-WE";
      case DAY -> start.toString();
    };
  }

  private String isoWeek() {
    return String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String seasonCode(int firstMonth) {
    return switch (firstMonth) {
      case 3 -> "SP";
      case 6 -> "SU";
      case 9 -> "FA";
      default -> "WI";
    };
  }

  private static LocalDate truncate(Granularity granularity, LocalDate day) {
    return switch (granularity) {
      case MILLENNIUM -> LocalDate.of(Math.floorDiv(day.getYear(), 1000) * 1000, 1, 1);
      case CENTURY -> LocalDate.of(Math.floorDiv(day.getYear(), 100) * 100, 1, 1);
      case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
      case YEAR -> day.withDayOfYear(1);
      case HALF -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case SEASON -> seasonStart(day);
      case MONTH -> day.withDayOfMonth(1);
      case WEEK, WEEKEND -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case DAY -> day;
    };
  }

  /** Winter starts in December and is named after the year it starts in. */
  private static LocalDate seasonStart(LocalDate day) {
    int month = day.getMonthValue();
    if (month <= 2) {
      return LocalDate.of(day.getYear() - 1, 12, 1);
    }
    return LocalDate.of(day.getYear(), month / 3 * 3, 1);
  }
}
