package org.dossier.nlp.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a calendar point by an amount of a unit, for "two days ago" or "a year and a half
 * later": the result names the stretch at the unit's precision (a year and a half before
 * 2026-02-11 is the month 2024-08), never finer than the point it started from. Stateless.
 */
final class CalendarShift {

  private static final Map<String, Granularity> GRANULARITY = Map.ofEntries(
      Map.entry("Y", Granularity.YEAR), Map.entry("M", Granularity.MONTH),
      Map.entry("W", Granularity.WEEK), Map.entry("FN", Granularity.WEEK),
      Map.entry("WE", Granularity.WEEKEND), Map.entry("D", Granularity.DAY),
      Map.entry("Q", Granularity.QUARTER), Map.entry("DE", Granularity.YEAR),
      Map.entry("CE", Granularity.YEAR), Map.entry("ML", Granularity.YEAR),
      Map.entry("H", Granularity.DAY), Map.entry("MIN", Granularity.DAY),
      Map.entry("S", Granularity.DAY));
  /** A unit to the next smaller one, for amounts with a fraction. */
  private static final Map<String, String> SMALLER = Map.of("Y", "M", "Q", "M", "W", "D",
      "FN", "D", "DE", "Y", "CE", "Y", "ML", "Y");
  private static final Map<String, Integer> FACTOR = Map.of("Y", 12, "Q", 3, "W", 7, "FN", 14,
      "DE", 10, "CE", 100, "ML", 1000);

  /** Larger shifts leave the calendar whatever the unit, and would overflow {@link LocalDate}. */
  private static final BigDecimal LARGEST_SHIFT = BigDecimal.valueOf(10_000_000);

  private CalendarShift() {
  }

  /**
   * {@code from} moved by {@code sign} times {@code amount} units (amount must be exact); empty
   * when the result lies outside the years 0000–9999 a TIMEX3 date can name ("10,000,000 years
   * ago").
   */
  static Optional<CalendarPoint> shift(CalendarPoint from, Amount amount, String unit, int sign) {
    BigDecimal value = amount.exact().orElseThrow();
    String u = unit;
    while (value.stripTrailingZeros().scale() > 0 && SMALLER.containsKey(u)) {
      value = value.multiply(BigDecimal.valueOf(FACTOR.get(u)));
      u = SMALLER.get(u);
    }
    if (value.abs().compareTo(LARGEST_SHIFT) > 0) {
      return Optional.empty();
    }
    long n = sign * value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    LocalDate start = from.start();
    LocalDate moved;
    try {
      moved = moved(start, u, n);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    if (moved.getYear() < 0 || moved.getYear() > 9999) {
      return Optional.empty();
    }
    Granularity target = GRANULARITY.getOrDefault(u, Granularity.DAY);
    Granularity coarser = target.compareTo(from.granularity()) < 0 ? target : from.granularity();
    return Optional.of(CalendarPoint.of(coarser, moved));
  }

  private static LocalDate moved(LocalDate start, String u, long n) {
    return switch (u) {
      case "Y" -> start.plusYears(n);
      case "M" -> start.plusMonths(n);
      case "W", "WE" -> start.plusWeeks(n);
      case "FN" -> start.plusWeeks(2 * n);
      case "Q" -> start.plusMonths(3 * n);
      case "DE" -> start.plusYears(10 * n);
      case "CE" -> start.plusYears(100 * n);
      case "ML" -> start.plusYears(1000 * n);
      case "D" -> start.plusDays(n);
      default -> start;
    };
  }
}
