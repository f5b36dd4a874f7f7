package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything Dossier read in one article: the article itself, the entities it mentions, its
 * time expressions, the statements it reports and the events it describes. This is the output
 * contract; its JSON form is described by {@link ContractSchema}.
 */
public record AnalyzedArticle(
    String schemaVersion,
    Article article,
    List<Entity> entities,
    List<TimeExpression> times,
    List<Quote> quotes,
    List<PoliticalEvent> events) {

  /** The version of the output contract these records follow. */
  public static final String SCHEMA_VERSION = "1";

  public AnalyzedArticle {
    requireNonNull(schemaVersion, "schemaVersion");
    requireNonNull(article, "article");
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  public static AnalyzedArticle of(Article article, List<Entity> entities,
      List<TimeExpression> times, List<Quote> quotes, List<PoliticalEvent> events) {
    return new AnalyzedArticle(SCHEMA_VERSION, article, entities, times, quotes, events);
  }
}
