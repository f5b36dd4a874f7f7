package org.dossier.extract;

import org.dossier.extract.pipeline.NewsPipeline;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.nlp.NlpBackbone;
import org.dossier.nlp.NlpOptions;

/**
 * The analysis of news articles: from an {@link Article} to an {@link AnalyzedArticle} holding
 * its entities, time expressions, quotes and events. Loading the models takes seconds: create
 * one per process and share it across threads.
 *
 * <pre>{@code
 * Analysis analysis = Analysis.load(KnowledgeBase.builtIn());
 * AnalyzedArticle result = analysis.analyze(article);
 * }</pre>
 */
public final class Analysis {

  private final NewsPipeline pipeline;

  private Analysis(NewsPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the NLP models and wires the pipeline over {@code knowledge}. */
  public static Analysis load(KnowledgeBase knowledge) {
    return new Analysis(NewsPipeline.create(NlpBackbone.load(NlpOptions.defaults()), knowledge));
  }

  public static Analysis of(NewsPipeline pipeline) {
    return new Analysis(pipeline);
  }

  public AnalyzedArticle analyze(Article article) {
    return pipeline.analyze(article);
  }
}
