package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dossier.model.TimexType;

/**
 * A time expression found in a text: its UTF-16 span {@code [start, end)}, surface text, TIMEX3
 * type and value, and for offsets ("a year and a half ago", value {@code P1Y6M}; "three days
 * later", {@code P3D}) the date the offset points to ({@code anchor}, e.g. {@code 2024-08}) and
 * whether it counts from a time the text named ("later", "earlier") rather than from the anchor
 * date ("ago").
 */
public record TimexAnnotation(int start, int end, String text, TimexType type, String value,
    Optional<String> anchor, boolean countedFromText) {

  public TimexAnnotation {
    requireNonNull(text, "text");
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    requireNonNull(anchor, "anchor");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad span [" + start + ", " + end + ") for '" + text + "'");
    }
  }

  /**
   * The value as TimeML annotates it: an offset from the anchor date is a date in TimeML ("two
   * years ago" is {@code DATE 2024}), so it reads as its anchor; one counted from a time the text
   * named is a duration ("three days later" is {@code DURATION P3D}, "later" a signal).
   */
  public String timeMlValue() {
    return countedFromText ? value : anchor.orElse(value);
  }

  /** The type as TimeML annotates it: an offset from the anchor date is a DATE. */
  public TimexType timeMlType() {
    return anchor.isPresent() && !countedFromText ? TimexType.DATE : type;
  }
}
