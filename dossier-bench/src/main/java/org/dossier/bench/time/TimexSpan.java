package org.dossier.bench.time;

import static java.util.Objects.requireNonNull;

/**
 * A time expression as TempEval scores it: character span {@code [start, end)} in the plain
 * text, TIMEX3 type and value. Immutable.
 */
public record TimexSpan(int start, int end, String type, String value) {

  public TimexSpan {
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
