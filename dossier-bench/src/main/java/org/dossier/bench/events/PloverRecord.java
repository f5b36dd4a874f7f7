package org.dossier.bench.events;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One hand-coded sentence of the PLOVER gold standard: its text and date, the event type (already
 * mapped to the current sixteen PLOVER types) and the codes of its source and target actors
 * (ISO 3166-1 alpha-3, or {@code IGO}, {@code NGO}, {@code IMG} for actors of no one country).
 */
public record PloverRecord(String id, String text, LocalDate date, String event,
    List<String> sources, List<String> targets) {

  public PloverRecord {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(date, "date");
    requireNonNull(event, "event");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
