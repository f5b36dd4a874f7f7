package org.dossier.extract.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;
import org.dossier.model.TimeExpression;
import org.dossier.nlp.ParsedText;

/**
 * What the pipeline knows about one article so far. Each stage returns a copy with its own part
 * set ({@code withParse}, {@code withTimes}, …); a part not yet computed is empty.
 */
public record ArticleAnnotations(
    Article article,
    Optional<ParsedText> parse,
    List<TimeExpression> times,
    ResolvedEntities entities,
    List<Quote> quotes,
    List<PoliticalEvent> events) {

  public ArticleAnnotations {
    requireNonNull(article, "article");
    requireNonNull(parse, "parse");
    times = List.copyOf(times);
    requireNonNull(entities, "entities");
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  public static ArticleAnnotations of(Article article) {
    return new ArticleAnnotations(article, Optional.empty(), List.of(), ResolvedEntities.none(),
        List.of(), List.of());
  }

  /** The parse, which every stage after the NLP stage may rely on. */
  public ParsedText parsed() {
    return parse.orElseThrow(() -> new IllegalStateException(
        "stage order: the NLP stage must run before stages that read the parse"));
  }

  public ArticleAnnotations withParse(ParsedText parsed) {
    return new ArticleAnnotations(article, Optional.of(parsed), times, entities, quotes, events);
  }

  public ArticleAnnotations withTimes(List<TimeExpression> value) {
    return new ArticleAnnotations(article, parse, value, entities, quotes, events);
  }

  public ArticleAnnotations withEntities(ResolvedEntities value) {
    return new ArticleAnnotations(article, parse, times, value, quotes, events);
  }

  public ArticleAnnotations withQuotes(List<Quote> value) {
    return new ArticleAnnotations(article, parse, times, entities, value, events);
  }

  public ArticleAnnotations withEvents(List<PoliticalEvent> value) {
    return new ArticleAnnotations(article, parse, times, entities, quotes, value);
  }

  /** The output record. */
  public AnalyzedArticle toRecord() {
    return AnalyzedArticle.of(article, entities.entities(), times, quotes, events);
  }
}
