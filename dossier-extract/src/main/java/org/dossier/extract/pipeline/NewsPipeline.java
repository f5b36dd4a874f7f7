package org.dossier.extract.pipeline;

import java.util.List;
import org.dossier.extract.entity.EntityStage;
import org.dossier.extract.event.EventStage;
import org.dossier.extract.quote.QuoteStage;
import org.dossier.extract.time.TimeStage;
import org.dossier.extract.typing.FineGrainedTyper;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.nlp.NlpBackbone;

/**
 * The order of the analysis, in one place: parse, refine entity types, resolve times, resolve
 * entities, find and attribute quotes, code events. Thread-safe: stages keep no per-article state.
 */
public final class NewsPipeline {

  private final List<Stage> stages;

  private NewsPipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static NewsPipeline create(NlpBackbone nlp, KnowledgeBase knowledge) {
    return new NewsPipeline(List.of(
        new NlpStage(nlp),
        FineGrainedTyper.create(knowledge),
        TimeStage.create(),
        EntityStage.create(knowledge),
        QuoteStage.create(knowledge),
        EventStage.create(knowledge)));
  }

  /** A pipeline of the given stages, in order: for benchmarks that wrap the standard ones. */
  public static NewsPipeline of(List<Stage> stages) {
    return new NewsPipeline(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  public AnalyzedArticle analyze(Article article) {
    ArticleAnnotations annotations = ArticleAnnotations.of(article);
    for (Stage stage : stages) {
      annotations = stage.apply(annotations);
    }
    return annotations.toRecord();
  }
}
