package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What an interpretation may look at besides its match: the anchor (publication) date, the
 * calendar point the text last named (for "the following month") and the last day it named
 * (for "the next morning", "10 a.m."), the tense of the clause, the
 * text around the match and the lexicon. Immutable.
 */
record ResolutionContext(Optional<LocalDate> anchor, Optional<CalendarPoint> reference,
    Optional<CalendarPoint> referenceDay, Tense tense, String text, int start, int end, TimeLexicon lexicon) {

  private static final Pattern EARLIEST_CUE = Pattern.compile(
      "(?i)\\bas (?:soon|early) as\\s+(?:on\\s+|the\\s+)?$");
  private static final Pattern FUTURE_CUE = Pattern.compile("(?i)(?:\\b(?:by|until|till"
      + "|no later than|as late as|beginning|starting|effective|payable|expire[sd]?"
      + "|due|scheduled (?:for|on)|set for|planned for|slated for)|(?<![\\p{L}'’])will [a-z]+)"
      + "\\s+(?:on\\s+|in\\s+|the\\s+)?$");
  private static final Pattern PAST_CUE = Pattern.compile("(?i)\\b(?:since|last)"
      + "\\s+(?:on\\s+|in\\s+|the\\s+)?$");

  ResolutionContext {
    requireNonNull(anchor, "anchor");
    requireNonNull(reference, "reference");
    requireNonNull(referenceDay, "referenceDay");
    requireNonNull(tense, "tense");
    requireNonNull(text, "text");
    requireNonNull(lexicon, "lexicon");
  }

  /**
   * The direction a bare weekday, month or date points: the tense, unless the words right before
   * it say otherwise ("by Jan. 14", "as soon as Tuesday", "payable Dec. 15" point ahead; "since
   * March" points back).
   */
  Tense direction() {
    String before = text.substring(Math.max(0, start - 30), start);
    if (EARLIEST_CUE.matcher(before).find()) {
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

  /** Applies {@code resolve} to the anchor date, or an XXXX value of {@code granularity} without one. */
  Resolution fromToday(Granularity granularity, Function<LocalDate, Resolution> resolve) {
    return anchor.map(resolve).orElseGet(() -> Resolution.unknown(granularity));
  }

  /**
   * The point that discourse-relative expressions count from: what the text last named, or the
   * anchor date when it named nothing yet.
   */
  Optional<CalendarPoint> referenceOrToday() {
    return reference.or(this::today);
  }

  /** The last day the text named, or the anchor date: the day a bare clock time belongs to. */
  Optional<CalendarPoint> referenceDayOrToday() {
    return referenceDay.or(this::today);
  }

  /** The word right after the match, lower case, or "" at the end of the line. */
  String nextWord() {
    return Neighbors.nextWord(text, end);
  }

  /** The word right before the match, lower case, or "" at the start of the text. */
  String previousWord() {
    return Neighbors.previousWord(text, start);
  }

  /** The character right before the match, or a space at the start. */
  char charBefore() {
    return start == 0 ? ' ' : text.charAt(start - 1);
  }
}
