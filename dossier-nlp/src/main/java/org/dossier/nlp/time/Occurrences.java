package org.dossier.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Picks which occurrence of a recurring calendar name a text means, given the anchor date and
 * the tense: "Friday" in past-tense text is the latest Friday on or before the anchor, in future
 * text the next one after it; "January" and "March 5" likewise, with present tense taking the
 * nearest one. Also computes holiday dates. Stateless.
 */
final class Occurrences {

  /**
   * How many days nearer a coming weekday must be than the past one before a text without tense
   * means it: news reports more past days than coming ones, but "the league holds a news
   * conference Tuesday" on a Monday is tomorrow.
   */
  private static final int PAST_WEEKDAY_LEAD = 2;

  private Occurrences() {
  }

  /**
   * The weekday {@code isoDay} (Monday = 1) nearest the anchor in the direction of the tense; the
   * anchor's own weekday is the anchor date either way (wire style names the day, not "today").
   * Without a tense, the past one unless the coming one is a day or two off.
   */
  static LocalDate weekday(LocalDate anchor, int isoDay, Tense tense) {
    DayOfWeek day = DayOfWeek.of(isoDay);
    LocalDate next = anchor.with(TemporalAdjusters.nextOrSame(day));
    LocalDate previous = anchor.with(TemporalAdjusters.previousOrSame(day));
    return switch (tense) {
      case FUTURE -> next;
      case PAST -> previous;
      case PRESENT -> ChronoUnit.DAYS.between(anchor, next)
          < ChronoUnit.DAYS.between(previous, anchor) - PAST_WEEKDAY_LEAD ? next : previous;
    };
  }

  /**
   * The month {@code month} nearest the anchor's month by a distance weighted by tense (tense cues
   * are only a guess: a near month beats a far one).
   */
  static CalendarPoint month(LocalDate anchor, int month, Tense tense) {
    CalendarPoint same = CalendarPoint.month(anchor.getYear(), month);
    CalendarPoint here = CalendarPoint.of(Granularity.MONTH, anchor);
    CalendarPoint best = same;
    double bestCost = Double.MAX_VALUE;
    for (int shift = -1; shift <= 1; shift++) {
      CalendarPoint candidate = same.shift(shift, Granularity.YEAR);
      long distance = ChronoUnit.MONTHS.between(here.start(), candidate.start());
      double cost = cost(distance, tense);
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    return best;
  }

  /**
   * Distance weighted by tense: against the tense it counts several times over; with no tense the
   * future counts extra, since news mentions past months more often and farther back than future
   * ones.
   */
  private static double cost(long distance, Tense tense) {
    double factor = switch (tense) {
      case PAST -> distance > 0 ? 4.0 : 1.0;
      case FUTURE -> distance < 0 ? 12.0 : 1.0;
      case PRESENT -> distance > 0 ? 2.5 : 1.0;
    };
    return Math.abs(distance) * factor;
  }

  /** The season starting in {@code firstMonth} nearest the anchor in the direction of the tense. */
  static CalendarPoint season(LocalDate anchor, int firstMonth, Tense tense) {
    CalendarPoint current = CalendarPoint.of(Granularity.SEASON, anchor);
    CalendarPoint candidate = CalendarPoint.season(current.year(), firstMonth);
    if (firstMonth == 12 && anchor.getMonthValue() <= 2) {
      candidate = current;
    }
    long distance = ChronoUnit.MONTHS.between(current.start(), candidate.start()) / 3;
    if (tense == Tense.PAST && distance > 0 || tense == Tense.PRESENT && distance > 2) {
      return candidate.shift(-1, Granularity.YEAR);
    }
    if (tense == Tense.FUTURE && distance < 0 || tense == Tense.PRESENT && distance < -2) {
      return candidate.shift(1, Granularity.YEAR);
    }
    return candidate;
  }

  /** The day {@code month}/{@code day} (year unsaid) nearest the anchor, weighted by tense. */
  static Optional<LocalDate> monthDay(LocalDate anchor, int month, int day, Tense tense) {
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
      return Optional.empty();
    }
    LocalDate best = null;
    double bestCost = Double.MAX_VALUE;
    for (int shift = -1; shift <= 1; shift++) {
      LocalDate candidate = atYear(anchor.getYear() + shift, month, day);
      double cost = cost(candidate.toEpochDay() - anchor.toEpochDay(), tense);
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    return Optional.ofNullable(best);
  }

  private static LocalDate atYear(int year, int month, int day) {
    return LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
  }

  private static LocalDate nearest(LocalDate anchor, LocalDate... candidates) {
    LocalDate best = candidates[0];
    for (LocalDate candidate : candidates) {
      if (Math.abs(candidate.toEpochDay() - anchor.toEpochDay())
          < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The date of a holiday in {@code year} from its lexicon rule: "12-25" (fixed), "11-22>4" (the
   * first Thursday on or after November 22) or "EASTER-2" (two days before Easter Sunday).
   */
  static LocalDate holiday(String rule, int year) {
    if (rule.startsWith("EASTER")) {
      return easter(year).plusDays(Integer.parseInt(rule.substring("EASTER".length())));
    }
    String[] parts = rule.split(">");
    LocalDate fixed = LocalDate.parse(String.format("%04d-%s", year, parts[0]));
    return parts.length == 1 ? fixed
        : fixed.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(Integer.parseInt(parts[1]))));
  }

  /** Western Easter Sunday (the anonymous Gregorian algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** The holiday nearest the anchor by tense. */
  static LocalDate holiday(String rule, LocalDate anchor, Tense tense) {
    LocalDate same = holiday(rule, anchor.getYear());
    return switch (tense) {
      case PAST -> same.isAfter(anchor) ? holiday(rule, anchor.getYear() - 1) : same;
      case FUTURE -> same.isBefore(anchor) ? holiday(rule, anchor.getYear() + 1) : same;
      case PRESENT -> nearest(anchor, holiday(rule, anchor.getYear() - 1), same,
          holiday(rule, anchor.getYear() + 1));
    };
  }
}
