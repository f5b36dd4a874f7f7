package org.dossier.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.bench.BenchReport;
import org.dossier.extract.Analysis;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Quote extraction and attribution on PolNeAR's development articles must not fall below the
 * level reached (see bench/results/polnear.json); the benchmark runs the CoreNLP baseline too.
 */
class PolnearIT {

  @Test
  void attributesQuotesOnPoliticalNews() {
    Path dev = BenchReport.shared().resolve("eval/polnear/dev");
    assumeTrue(Files.isDirectory(dev), "PolNeAR is in ../shared/eval/polnear");
    List<PolnearArticle> corpus = PolnearCorpus.read(dev);
    Analysis analysis = Analysis.load(KnowledgeBase.builtIn());
    QuoteBenchmark.SystemScore score = QuoteBenchmark.run("dossier", corpus, 1, a ->
        DossierAttributions.of(analysis.analyze(
            Article.builder(a.name(), a.text()).published(a.published()).build())));
    assertThat(score.quoted().f1()).as("direct and partial quote F1").isGreaterThan(0.92);
    assertThat(score.quoted().speakerAccuracy()).as("speaker accuracy").isGreaterThan(0.89);
    assertThat(score.indirect().f1()).as("indirect speech F1").isGreaterThan(0.67);
    assertThat(score.all().f1()).as("all attributions F1").isGreaterThan(0.78);
  }
}
