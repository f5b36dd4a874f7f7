package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dossier.model.TimexType;

/**
 * What a time expression means: TIMEX3 type and value, for offsets the date they point to (and
 * whether they count from a time the text named rather than from the anchor date), and the
 * calendar point it names, which later expressions ("the following month") count from.
 * Immutable.
 */
record Resolution(TimexType type, String value, Optional<String> anchor,
    Optional<CalendarPoint> point, boolean countedFromText) {

  Resolution {
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    requireNonNull(anchor, "anchor");
    requireNonNull(point, "point");
  }

  Resolution(TimexType type, String value, Optional<String> anchor,
      Optional<CalendarPoint> point) {
    this(type, value, anchor, point, false);
  }

  static Resolution date(CalendarPoint point) {
    return new Resolution(TimexType.DATE, point.timex(), Optional.empty(), Optional.of(point));
  }

  /**
   * A date named only to compare with the one under discussion ("a year earlier", "the
   * year-ago quarter"): later expressions keep counting from the discussed one.
   */
  static Resolution comparison(CalendarPoint point) {
    return of(TimexType.DATE, point.timex());
  }

  /** A time of a day: {@code suffix} is a clock time (14:30) or a part of the day (MO, NI). */
  static Resolution time(CalendarPoint day, String suffix) {
    return new Resolution(TimexType.TIME, day.timex() + "T" + suffix, Optional.empty(),
        Optional.of(day));
  }

  static Resolution of(TimexType type, String value) {
    return new Resolution(type, value, Optional.empty(), Optional.empty());
  }

  static Resolution duration(String value) {
    return of(TimexType.DURATION, value);
  }

  /** A duration counted back or forward from the anchor date, pointing at {@code target}. */
  static Resolution offset(String value, CalendarPoint target) {
    return new Resolution(TimexType.DURATION, value, Optional.of(target.timex()),
        Optional.of(target));
  }

  /** A duration counted from a time the text named ("three days later"), pointing at target. */
  static Resolution offsetFromText(String value, CalendarPoint target) {
    return new Resolution(TimexType.DURATION, value, Optional.of(target.timex()),
        Optional.of(target), true);
  }

  /** Like {@link #offset}, for a comparison ("a year ago" after a quarter). */
  static Resolution comparisonOffset(String value, CalendarPoint target) {
    return new Resolution(TimexType.DURATION, value, Optional.of(target.timex()), Optional.empty());
  }

  static Resolution set(String value) {
    return of(TimexType.SET, value);
  }

  /** PRESENT_REF, PAST_REF or FUTURE_REF. */
  static Resolution reference(String value) {
    return of(TimexType.DATE, value);
  }

  /** A date that needs an anchor date the text does not have: XXXX-XX-XX at its granularity. */
  static Resolution unknown(Granularity granularity) {
    String value = switch (granularity) {
      case MILLENNIUM, CENTURY, DECADE, YEAR -> "XXXX";
      case HALF -> "XXXX-HX";
      case QUARTER -> "XXXX-QX";
      case SEASON, MONTH -> "XXXX-XX";
      case WEEK -> "XXXX-WXX";
      case WEEKEND -> "XXXX-WXX-WE";
      case DAY -> "XXXX-XX-XX";
    };
    return of(TimexType.DATE, value);
  }

  TimexAnnotation annotate(String text, int start, int end) {
    return new TimexAnnotation(start, end, text.substring(start, end), type, value, anchor,
        countedFromText);
  }
}
