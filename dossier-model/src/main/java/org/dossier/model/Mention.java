package org.dossier.model;

import static java.util.Objects.requireNonNull;

/**
 * A stretch of an article's clean text: UTF-16 offsets {@code [start, end)} into
 * {@link Article#text()} and the text found there, kept as evidence.
 */
public record Mention(int start, int end, String text) {

  public Mention {
    requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
    }
  }

  /** The mention of {@code text.substring(start, end)}. */
  public static Mention of(String text, int start, int end) {
    return new Mention(start, end, text.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Mention other) {
    return start <= other.start && other.end <= end;
  }
}
