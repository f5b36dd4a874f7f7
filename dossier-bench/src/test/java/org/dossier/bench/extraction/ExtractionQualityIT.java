package org.dossier.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.bench.BenchReport;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Dossier's main-text extraction on the article-extraction-benchmark development pages, scored
 * with the benchmark's metric. Skipped when the shared evaluation data is absent.
 */
class ExtractionQualityIT {

  @Test
  void beatsTheBestPublishedExtractorOnTheDevelopmentPages() {
    Path shared = BenchReport.shared();
    assumeTrue(AebCorpus.isPresent(shared), "no benchmark data in " + AebCorpus.folder(shared));
    List<AebPage> pages = AebCorpus.load(shared);
    DossierExtraction dossier = new DossierExtraction(
        HtmlArticleReader.create(new DatelineParser(KnowledgeBase.builtIn())), 0);
    Map<String, String> texts = new HashMap<>();
    pages.forEach(page -> texts.put(page.id(), dossier.extract(page)));
    ExtractionScores scores = ExtractionBenchmark.score(pages, texts);
    assertThat(scores.pages()).isEqualTo(121);
    assertThat(scores.f1()).isGreaterThanOrEqualTo(0.975);
  }
}
