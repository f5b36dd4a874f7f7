package org.dossier.bench.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.dossier.extract.Analysis;
import org.dossier.knowledge.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event coder on the PLOVER gold-standard development sentences, at the level it reaches
 * (issues 5 and 7 aim at 0.85 type, 0.85 source, 0.80 target and 0.90 actor-country accuracy).
 * Skipped when the shared evaluation data is absent.
 */
class PloverIT {

  // The levels reached on these sentences (bench/results/plover.json has the exact figures);
  // a change upstream of the event coder that loses them should show here.
  private static final double TYPE = 0.85;
  private static final double SOURCE = 0.85;
  private static final double TARGET = 0.80;
  private static final double ACTOR_COUNTRY = 0.94;

  private static PloverScores scores;

  @BeforeAll
  static void run() {
    assumeTrue(PloverCorpus.available(), "the PLOVER gold standard is in ../shared/eval/plover");
    KnowledgeBase knowledge = KnowledgeBase.builtIn();
    PloverRun run = PloverRun.of(Analysis.load(knowledge),
        new PloverScorer(new GoldActorCodes(knowledge)), PloverCorpus.load());
    scores = run.scores();
  }

  @Test
  void readsEveryGoldSentence() {
    assertThat(scores.sentences()).isEqualTo(215);
  }

  @Test
  void typesMostSentencesAsTheGoldDoes() {
    assertThat(scores.typeAccuracy()).as(scores.confusion().toString()).isGreaterThanOrEqualTo(TYPE);
  }

  @Test
  void findsTheSourceCountry() {
    assertThat(scores.sourceAccuracy()).isGreaterThanOrEqualTo(SOURCE);
  }

  @Test
  void findsTheTargetCountry() {
    assertThat(scores.targetAccuracy()).isGreaterThanOrEqualTo(TARGET);
  }

  @Test
  void findsTheCountriesOfTheGoldActorsAmongTheEntities() {
    assertThat(scores.actorCountryAccuracy()).isGreaterThanOrEqualTo(ACTOR_COUNTRY);
  }
}
