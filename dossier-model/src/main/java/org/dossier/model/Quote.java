package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A statement an article reports: what was said, by whom (empty when the text does not say), how
 * (cue and channel), when, and where in the text it first occurs. A statement repeated in the
 * article is one quote with {@code occurrences > 1}.
 */
public record Quote(
    String text,
    QuoteKind kind,
    Optional<Speaker> speaker,
    Optional<String> cue,
    Optional<String> channel,
    Optional<String> date,
    int occurrences,
    int start,
    int end,
    double confidence) {

  public Quote {
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    requireNonNull(speaker, "speaker");
    requireNonNull(cue, "cue");
    requireNonNull(channel, "channel");
    requireNonNull(date, "date");
    if (occurrences < 1) {
      throw new IllegalArgumentException("occurrences must be at least 1: " + occurrences);
    }
  }
}
