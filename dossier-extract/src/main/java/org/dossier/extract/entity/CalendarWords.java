package org.dossier.extract.entity;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Weekday and month names: capitalized, but before a name they date it ("his Tuesday Truth
 * Social post", "a Friday BBC interview") rather than being part of it, except after "the", where
 * they open a name of their own ("The Sunday Times" is not The Times).
 */
final class CalendarWords {

  private static final Set<String> NAMES = Stream.concat(
      Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
      Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
      .collect(Collectors.toUnmodifiableSet());

  private CalendarWords() {
  }

  /** Whether {@code word}, written after {@code wordBefore}, dates the name that follows it. */
  static boolean datesName(String word, String wordBefore) {
    return NAMES.contains(word) && !wordBefore.equalsIgnoreCase("the");
  }
}
