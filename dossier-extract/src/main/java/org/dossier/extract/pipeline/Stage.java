package org.dossier.extract.pipeline;

/**
 * One step of the analysis: reads what earlier stages produced and returns the annotations with
 * its own part added. Implementations are final, stateless after construction, thread-safe, and
 * never call one another; {@link NewsPipeline} alone decides their order.
 */
public interface Stage {

  ArticleAnnotations apply(ArticleAnnotations in);
}
