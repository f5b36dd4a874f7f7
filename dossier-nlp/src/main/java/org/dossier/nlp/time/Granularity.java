package org.dossier.nlp.time;

/** How precisely a {@link CalendarPoint} names a stretch of the calendar, coarsest first. */
enum Granularity {
  MILLENNIUM, CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, WEEKEND, DAY;

  /** True when this granularity is at least as fine as {@code other}. */
  boolean finerOrEqual(Granularity other) {
    return compareTo(other) >= 0;
  }
}
