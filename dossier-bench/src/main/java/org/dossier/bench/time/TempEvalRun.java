package org.dossier.bench.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dossier.extract.time.ParseTenseOracle;
import org.dossier.nlp.NlpBackbone;
import org.dossier.nlp.time.TenseOracle;
import org.dossier.nlp.time.TimeTagger;
import org.dossier.nlp.time.TimexAnnotation;

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

  /**
   * Dossier's tagger alone, with the tense read from the words (no parser), as TempEval sees it:
   * anchored offsets read as the dates they point to.
   */
  public static BiFunction<String, Optional<LocalDate>, List<TimexSpan>> dossier(
      TimeTagger tagger) {
    return (text, anchor) -> spans(tagger.tag(text, anchor, TenseOracle.heuristic(text)));
  }

  /**
   * Dossier as its pipeline runs the tagger: each text parsed first, and the tense read from the
   * words and the parse together.
   */
  public static BiFunction<String, Optional<LocalDate>, List<TimexSpan>> dossierParsed(
      TimeTagger tagger, NlpBackbone nlp) {
    return (text, anchor) ->
        spans(tagger.tag(text, anchor, ParseTenseOracle.of(nlp.parse(text, anchor))));
  }

  private static List<TimexSpan> spans(List<TimexAnnotation> found) {
    return found.stream()
        .map(t -> new TimexSpan(t.start(), t.end(), t.timeMlType().name(), t.timeMlValue()))
        .toList();
  }

  public double documentsPerSecond() {
    return seconds == 0 ? 0 : documents / seconds;
  }
}
