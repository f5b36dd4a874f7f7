package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the text has named so far, for expressions that count from it: the last calendar point
 * ("the following month"), the last day ("the next morning", a bare "10 a.m.") and the latest
 * quarter or half it named that was over by the anchor date (what "a year ago" compares with in a
 * results story). Immutable; the tagger moves from one state to the next as it reads.
 */
record Discourse(Optional<CalendarPoint> reference, Optional<CalendarPoint> day,
    Optional<CalendarPoint> reportedPeriod) {

  static final Discourse START =
      new Discourse(Optional.empty(), Optional.empty(), Optional.empty());

  Discourse {
    requireNonNull(reference, "reference");
    requireNonNull(day, "day");
    requireNonNull(reportedPeriod, "reportedPeriod");
  }

  /** The state after the text named {@code resolution}; comparisons and references leave it. */
  Discourse after(Resolution resolution, Optional<LocalDate> anchor) {
    Optional<CalendarPoint> point = resolution.point();
    if (point.isEmpty()) {
      return this;
    }
    CalendarPoint named = point.get();
    // A story reports on its latest finished period; an earlier one it names is background.
    boolean reported = (named.granularity() == Granularity.QUARTER
        || named.granularity() == Granularity.HALF) && anchor.map(named::endsBefore).orElse(true)
        && reportedPeriod.filter(p -> p.start().isAfter(named.start())).isEmpty();
    return new Discourse(point,
        named.granularity() == Granularity.DAY ? point : day,
        reported ? point : reportedPeriod);
  }
}
