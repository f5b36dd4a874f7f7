package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What an interpretation may look at besides its match: the anchor (publication) date, what the
 * text named before ({@link Discourse}), the tense of the clause, the text around the match and
 * the lexicon. Immutable.
 */
record ResolutionContext(Optional<LocalDate> anchor, Discourse discourse, Tense tense,
    String text, int start, int end, TimeLexicon lexicon) {

  private static final Pattern EARLIEST_CUE = Pattern.compile(
      "(?i)\\bas (?:soon|early) as\\s+(?:on\\s+|the\\s+)?$");
  private static final Pattern FUTURE_CUE = Pattern.compile("(?i)(?:\\b(?:by|until|till"
      + "|no later than|as late as|beginning|starting|effective|payable|expire[sd]?"
      + "|due|scheduled (?:for|on)|set for|planned for|slated for)|(?<![\\p{L}'’])will [a-z]+)"
      + "\\s+(?:on\\s+|in\\s+|the\\s+)?$");
  /** "postponed until Tuesday", "extended its deadline until 9 a.m. Tuesday": put off, so ahead. */
  private static final Pattern DEFERRAL_CUE = Pattern.compile("(?i)\\b(?:postpon|delay|defer"
      + "|extend|adjourn|put(?:ting)? off|push(?:ed|ing)? back)[\\p{L}]*\\b[^.;!?]{0,40}"
      + "\\b(?:until|till|to)\\s+(?:on\\s+|the\\s+)?$");
  private static final Pattern PAST_CUE = Pattern.compile("(?i)\\b(?:since|last)"
      + "\\s+(?:on\\s+|in\\s+|the\\s+)?$");

  ResolutionContext {
    requireNonNull(anchor, "anchor");
    requireNonNull(discourse, "discourse");
    requireNonNull(tense, "tense");
    requireNonNull(text, "text");
    requireNonNull(lexicon, "lexicon");
  }

  /**
   * The direction a bare weekday, month or date points: the tense, unless the words right before
   * it say otherwise ("by Jan. 14", "as soon as Tuesday", "payable Dec. 15", "postponed until
   * Tuesday" point ahead; "since March" points back).
   */
  Tense direction() {
    String before = text.substring(Math.max(0, start - 30), start);
    if (EARLIEST_CUE.matcher(before).find()
        || DEFERRAL_CUE.matcher(text.substring(Math.max(0, start - 70), start)).find()) {
      return Tense.FUTURE;
    }
    if (FUTURE_CUE.matcher(before).find()) {
      // "by Wednesday" is a deadline ahead, unless the clause is in the past ("had filed by").
      return tense == Tense.PAST ? Tense.PAST : Tense.FUTURE;
    }
    return PAST_CUE.matcher(before).find() ? Tense.PAST : tense;
  }

  /** The anchor date as a day, the point of "today". */
  Optional<CalendarPoint> today() {
    return anchor.map(CalendarPoint::day);
  }

  /** {@code resolve} applied to the anchor date, or an XXXX value of {@code granularity}. */
  Resolution fromToday(Granularity granularity, Function<LocalDate, Resolution> resolve) {
    return anchor.map(resolve).orElseGet(() -> Resolution.unknown(granularity));
  }

  /** The calendar point the text last named. */
  Optional<CalendarPoint> reference() {
    return discourse.reference();
  }

  /** The last quarter or half the text named that was over by the anchor date. */
  Optional<CalendarPoint> reportedPeriod() {
    return discourse.reportedPeriod();
  }

  /**
   * The point that discourse-relative expressions count from: what the text last named, or the
   * anchor date when it named nothing yet.
   */
  Optional<CalendarPoint> referenceOrToday() {
    return discourse.reference().or(this::today);
  }

  /** The last day the text named, or the anchor date: the day a bare clock time belongs to. */
  Optional<CalendarPoint> referenceDayOrToday() {
    return discourse.day().or(this::today);
  }
}
