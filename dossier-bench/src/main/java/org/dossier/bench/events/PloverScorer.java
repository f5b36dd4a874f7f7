package org.dossier.bench.events;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Entity;
import org.dossier.model.EventActor;
import org.dossier.model.PoliticalEvent;

/**
 * Judges Dossier's analysis of one gold sentence: the best event is the one of highest
 * confidence (the earliest on a tie); its type must equal the gold type, its source must match
 * one of the gold sources and its target one of the gold targets. Thread-safe.
 */
final class PloverScorer {

  private static final Comparator<PoliticalEvent> BEST =
      Comparator.comparingDouble(PoliticalEvent::confidence).reversed();

  private final GoldActorCodes codes;

  PloverScorer(GoldActorCodes codes) {
    this.codes = codes;
  }

  SentenceOutcome score(PloverRecord gold, AnalyzedArticle analyzed) {
    List<PoliticalEvent> events = analyzed.events();
    Optional<PoliticalEvent> best = events.stream().sorted(BEST).findFirst();
    List<String> sources = gold.sources().stream().filter(codes::isActor).toList();
    List<String> targets = gold.targets().stream().filter(codes::isActor).toList();
    Optional<Boolean> sourceRight = sources.isEmpty() ? Optional.empty()
        : Optional.of(best.map(e -> matchesAny(sources, Optional.of(e.source()))).orElse(false));
    Optional<Boolean> targetRight = targets.isEmpty() ? Optional.empty()
        : Optional.of(best.map(e -> matchesAny(targets, e.target())).orElse(false));
    int found = 0;
    for (String code : sources) {
      found += foundIn(code, analyzed.entities()) ? 1 : 0;
    }
    for (String code : targets) {
      found += foundIn(code, analyzed.entities()) ? 1 : 0;
    }
    boolean typeRight = best.map(e -> e.code().equals(gold.event())).orElse(false);
    return new SentenceOutcome(gold, best, events, typeRight, sourceRight, targetRight, found,
        sources.size() + targets.size());
  }

  private boolean matchesAny(List<String> gold, Optional<EventActor> actor) {
    return actor.isPresent() && gold.stream().anyMatch(code -> codes.matches(code, actor.get()));
  }

  private boolean foundIn(String code, List<Entity> entities) {
    return entities.stream().anyMatch(e -> codes.foundIn(code, e));
  }
}
