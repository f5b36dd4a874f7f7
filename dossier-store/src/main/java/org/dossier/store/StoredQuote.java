package org.dossier.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A quote as the store holds it: what was said, by whom, how and when, and the article it was
 * read from. {@code day} is the quote's date, or the article's when the text gives none.
 */
public record StoredQuote(
    String text,
    String kind,
    Optional<String> speakerId,
    Optional<String> speakerName,
    Optional<String> cue,
    Optional<String> channel,
    Optional<String> date,
    Optional<LocalDate> day,
    ArticleRef article) {

  public StoredQuote {
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    requireNonNull(speakerId, "speakerId");
    requireNonNull(speakerName, "speakerName");
    requireNonNull(cue, "cue");
    requireNonNull(channel, "channel");
    requireNonNull(date, "date");
    requireNonNull(day, "day");
    requireNonNull(article, "article");
  }
}
