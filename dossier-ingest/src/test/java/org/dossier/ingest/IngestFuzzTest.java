package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.dossier.ingest.html.CleanArticle;
import org.dossier.knowledge.KnowledgeBase;

/**
 * Any bytes under any common file name, through the whole ingest (size limit, gzip, format
 * detection, every reader): clean articles, or one line naming the problem that does not come
 * from an unexpected exception.
 */
class IngestFuzzTest {

  private static final Ingest INGEST = Ingest.create(KnowledgeBase.builtIn(),
      IngestOptions.defaults().withMaxBytes(1024 * 1024));
  private static final List<String> NAMES = List.of("page.html", "feed.rss", "crawl.warc",
      "export.jsonl", "story.txt", "download", "page.html.gz", "crawl.warc.gz", "export.jsonl.gz");

  @FuzzTest
  void anyInputReadsCleanOrFailsOnOneLine(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    ReadOutcome outcome = INGEST.read(Source.of(name, data.consumeRemainingAsBytes()));
    if (outcome instanceof ReadOutcome.Failed failed) {
      assertThat(failed.error().describe()).startsWith(name + ": ").doesNotContain("\n")
          .doesNotContain("could not be read: java.");
    } else {
      ReadOutcome.Read read = (ReadOutcome.Read) outcome;
      read.articles().forEach(CleanArticle::assertClean);
      assertThat(read.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
    }
  }
}
