package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dossier.model.TimexType;

/**
 * A time expression found in a text: its UTF-16 span {@code [start, end)}, surface text, TIMEX3
 * type and value, and for offsets from the anchor date ("a year and a half ago", value
 * {@code P1Y6M}) the date the offset points to ({@code anchor}, e.g. {@code 2024-08}).
 */
public record TimexAnnotation(int start, int end, String text, TimexType type, String value,
    Optional<String> anchor) {

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
   * The value as TimeML annotates it: offsets from the anchor are dates in TimeML ("two years
   * ago" is {@code DATE 2024}), so an anchored expression reads as its anchor.
   */
  public String timeMlValue() {
    return anchor.orElse(value);
  }

  /** The type as TimeML annotates it: an anchored offset is a {@link TimexType#DATE}. */
  public TimexType timeMlType() {
    return anchor.isPresent() ? TimexType.DATE : type;
  }
}
