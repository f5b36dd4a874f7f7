package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who did what to whom, where and when: a PLOVER event type with its mode, nearest CAMEO code
 * and quad class, the actors, place and date, and the sentence it was read from.
 *
 * @param quadClass the PLOVER quad class: 1 verbal cooperation, 2 material cooperation,
 *     3 verbal conflict, 4 material conflict
 * @param dateFromText whether the text dates the event; {@code false} when {@code date} fell back
 *     to the publication date
 * @param quoteRef the index in the article's quotes of the statement that reports the event, when
 *     the event is a claim made inside a quote or reported speech
 */
public record PoliticalEvent(
    String code,
    String cameo,
    Optional<String> mode,
    EventActor source,
    Optional<EventActor> target,
    Optional<Place> location,
    String date,
    String sentence,
    int start,
    int end,
    double confidence,
    int quadClass,
    boolean dateFromText,
    Optional<Integer> quoteRef) {

  public PoliticalEvent {
    requireNonNull(code, "code");
    requireNonNull(cameo, "cameo");
    requireNonNull(mode, "mode");
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    requireNonNull(location, "location");
    requireNonNull(date, "date");
    requireNonNull(sentence, "sentence");
    requireNonNull(quoteRef, "quoteRef");
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 1 to 4: " + quadClass);
    }
  }
}
