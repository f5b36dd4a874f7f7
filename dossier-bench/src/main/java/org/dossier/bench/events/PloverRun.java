package org.dossier.bench.events;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.Analysis;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;

/**
 * Analyzes every gold sentence as a one-sentence article published on the sentence's date and
 * judges the result; keeps the outcomes and the time the analysis took.
 */
record PloverRun(List<SentenceOutcome> outcomes, double seconds) {

  PloverRun {
    outcomes = List.copyOf(outcomes);
  }

  static PloverRun of(Analysis analysis, PloverScorer scorer, List<PloverRecord> records) {
    List<SentenceOutcome> outcomes = new ArrayList<>(records.size());
    long start = System.nanoTime();
    for (PloverRecord r : records) {
      Article article = Article.builder("plover:" + r.id(), r.text()).published(r.date())
          .language("en").build();
      AnalyzedArticle analyzed = analysis.analyze(article);
      outcomes.add(scorer.score(r, analyzed));
    }
    return new PloverRun(outcomes, (System.nanoTime() - start) / 1e9);
  }

  PloverScores scores() {
    return PloverScores.of(outcomes);
  }
}
