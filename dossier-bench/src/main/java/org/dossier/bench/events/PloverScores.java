package org.dossier.bench.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of one run over the gold sentences: event-type accuracy over all sentences,
 * source and target accuracy over the sentences whose gold record has a source or target, and
 * actor-country accuracy over all gold actors; plus the confusion of gold and predicted types.
 */
record PloverScores(int sentences, int typeRight, int withSource, int sourceRight,
    int withTarget, int targetRight, int actors, int actorsFound, int withoutEvent,
    Map<String, Map<String, Integer>> confusion) {

  PloverScores {
    confusion = Map.copyOf(confusion);
  }

  static PloverScores of(List<SentenceOutcome> outcomes) {
    int type = 0;
    int withSource = 0;
    int source = 0;
    int withTarget = 0;
    int target = 0;
    int actors = 0;
    int found = 0;
    int none = 0;
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    for (SentenceOutcome o : outcomes) {
      type += o.typeRight() ? 1 : 0;
      withSource += o.sourceRight().isPresent() ? 1 : 0;
      source += o.sourceRight().orElse(false) ? 1 : 0;
      withTarget += o.targetRight().isPresent() ? 1 : 0;
      target += o.targetRight().orElse(false) ? 1 : 0;
      actors += o.actors();
      found += o.actorsFound();
      none += o.best().isEmpty() ? 1 : 0;
      confusion.computeIfAbsent(o.gold().event(), k -> new TreeMap<>())
          .merge(o.predicted(), 1, Integer::sum);
    }
    return new PloverScores(outcomes.size(), type, withSource, source, withTarget, target, actors,
        found, none, confusion);
  }

  double typeAccuracy() {
    return share(typeRight, sentences);
  }

  double sourceAccuracy() {
    return share(sourceRight, withSource);
  }

  double targetAccuracy() {
    return share(targetRight, withTarget);
  }

  double actorCountryAccuracy() {
    return share(actorsFound, actors);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Per gold type: sentences and how many Dossier typed right. */
  Map<String, Integer> rightByType() {
    Map<String, Integer> right = new TreeMap<>();
    confusion.forEach((gold, row) -> right.put(gold, Optional.ofNullable(row.get(gold)).orElse(0)));
    return right;
  }
}
