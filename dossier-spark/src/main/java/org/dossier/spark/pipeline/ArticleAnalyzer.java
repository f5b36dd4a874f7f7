package org.dossier.spark.pipeline;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;

/**
 * Analyzes the articles of a partition with this executor's models, loaded once per JVM and
 * reused by every partition it runs. Quarantine records pass through; an article whose analysis
 * fails becomes one. Lazy: an article is analyzed when Spark pulls its result.
 */
public final class ArticleAnalyzer implements FlatMapFunction<Iterator<PipelineRecord>,
    PipelineRecord> {

  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<PipelineRecord> call(Iterator<PipelineRecord> records) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public PipelineRecord next() {
        return analyze(records.next());
      }
    };
  }

  /** The result of one record: analyzed, or quarantined with the reason. */
  public static PipelineRecord analyze(PipelineRecord record) {
    if (!(record instanceof PipelineRecord.ReadArticle read)) {
      return record;
    }
    try {
      Article article = DossierJson.read(read.articleJson(), Article.class);
      return new PipelineRecord.Analyzed(read.source(), read.origin(),
          DossierJson.toJsonLine(ExecutorModels.analysis().analyze(article)));
    } catch (RuntimeException | StackOverflowError e) {
      // One article that trips a bug must not fail the job: it goes to quarantine.
      return new PipelineRecord.Quarantined(read.source(), "analyze",
          "analysis failed: " + e);
    }
  }
}
