package org.dossier.extract.pipeline;

import org.dossier.extract.text.DatelineLocator;
import org.dossier.model.Article;
import org.dossier.model.Mention;
import org.dossier.nlp.NlpBackbone;

/**
 * Runs the NLP backbone over the article text, anchored on its publication date. The dateline
 * ("ERBIL, Kurdistan Region of Iraq - ") is hidden from the parser — blanked, so offsets hold —
 * because parsers read it as the subject of the first sentence.
 */
public final class NlpStage implements Stage {

  private final NlpBackbone nlp;
  private final DatelineLocator datelines;

  public NlpStage(NlpBackbone nlp) {
    this.nlp = nlp;
    this.datelines = new DatelineLocator();
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    Article article = in.article();
    String text = article.text();
    String analyzed = datelines.locate(article).map(d -> blank(text, d)).orElse(text);
    return in.withParse(nlp.parse(analyzed, article.published()).over(text));
  }

  private static String blank(String text, Mention span) {
    return text.substring(0, span.start()) + " ".repeat(span.length()) + text.substring(span.end());
  }
}
