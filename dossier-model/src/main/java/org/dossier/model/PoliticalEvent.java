package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who did what to whom, where and when: a PLOVER event type with its nearest CAMEO code, the
 * actors, place and date, and the sentence it was read from.
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
    double confidence) {

  public PoliticalEvent {
    requireNonNull(code, "code");
    requireNonNull(cameo, "cameo");
    requireNonNull(mode, "mode");
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    requireNonNull(location, "location");
    requireNonNull(date, "date");
    requireNonNull(sentence, "sentence");
  }
}
