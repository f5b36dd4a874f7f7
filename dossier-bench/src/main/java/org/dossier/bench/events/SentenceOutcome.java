package org.dossier.bench.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.dossier.model.PoliticalEvent;

/**
 * How Dossier did on one gold sentence: its best event (highest confidence) and whether that
 * event's type, source and target agree with the gold record; a judgement is empty where the
 * gold record has nothing to compare with (no source, no target). {@code actorsFound} counts the
 * gold actors whose country is among the sentence's entities, out of {@code actors}.
 */
record SentenceOutcome(PloverRecord gold, Optional<PoliticalEvent> best, List<PoliticalEvent> all,
    boolean typeRight, Optional<Boolean> sourceRight, Optional<Boolean> targetRight,
    int actorsFound, int actors) {

  SentenceOutcome {
    requireNonNull(gold, "gold");
    requireNonNull(best, "best");
    all = List.copyOf(all);
    requireNonNull(sourceRight, "sourceRight");
    requireNonNull(targetRight, "targetRight");
  }

  /** The type Dossier gave the sentence, or NONE. */
  String predicted() {
    return best.map(PoliticalEvent::code).orElse("NONE");
  }
}
