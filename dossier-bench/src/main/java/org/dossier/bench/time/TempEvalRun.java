package org.dossier.bench.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dossier.nlp.time.TenseOracle;
import org.dossier.nlp.time.TimeTagger;

/**
 * One system's pass over the TempEval-3 documents: its tallies against the gold annotations and
 * how long the tagging took (loading excluded). Immutable.
 */
public record TempEvalRun(String system, TempEvalCounts counts, int documents, double seconds) {

  public TempEvalRun {
    requireNonNull(system, "system");
    requireNonNull(counts, "counts");
  }

  /** Tags every document with {@code tagger} (text, anchor date to expressions) and scores it. */
  public static TempEvalRun of(String system, List<TimeMlDocument> documents,
      BiFunction<String, Optional<LocalDate>, List<TimexSpan>> tagger) {
    TempEvalCounts counts = TempEvalCounts.ZERO;
    long started = System.nanoTime();
    for (TimeMlDocument document : documents) {
      List<TimexSpan> found = tagger.apply(document.text(), document.creationDate());
      counts = counts.plus(TempEvalScorer.compare(document.text(), document.gold(), found));
    }
    return new TempEvalRun(system, counts, documents.size(), (System.nanoTime() - started) / 1e9);
  }

  /** Dossier's tagger as TempEval sees it: anchored offsets read as the dates they point to. */
  public static BiFunction<String, Optional<LocalDate>, List<TimexSpan>> dossier(
      TimeTagger tagger) {
    return (text, anchor) -> tagger.tag(text, anchor, TenseOracle.heuristic(text)).stream()
        .map(t -> new TimexSpan(t.start(), t.end(), t.timeMlType().name(), t.timeMlValue()))
        .toList();
  }

  public double documentsPerSecond() {
    return seconds == 0 ? 0 : documents / seconds;
  }
}
