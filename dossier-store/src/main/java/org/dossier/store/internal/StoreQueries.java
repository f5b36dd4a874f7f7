package org.dossier.store.internal;

import static org.dossier.store.internal.IndexFields.*;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.dossier.store.Filters;
import org.dossier.store.QuerySyntaxException;
import org.dossier.store.Results;
import org.dossier.store.SearchHit;
import org.dossier.store.StoredQuote;
import org.dossier.store.TimelineEntry;

/**
 * Answers search, quote and timeline queries from the search index, resolving names to entity
 * ids in the database first. Thread-safe.
 */
public final class StoreQueries {

  private static final Sort NEWEST = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true),
      new SortField(ORDER, SortField.Type.LONG, true));
  private static final Sort LATEST = new Sort(new SortField(DAY, SortField.Type.LONG, true),
      new SortField(ORDER, SortField.Type.LONG, true));
  private static final Sort CHRONOLOGICAL = new Sort(new SortField(DAY, SortField.Type.LONG),
      new SortField(ORDER, SortField.Type.LONG));

  private final Database database;
  private final SearchIndex index;

  public StoreQueries(Database database, SearchIndex index) {
    this.database = database;
    this.index = index;
  }

  /** Articles matching {@code query} (Lucene syntax; blank for all) and the filters. */
  public Results<SearchHit> search(String query, Filters filters, int limit) {
    Query text = parse(query, TITLE, TEXT, QUOTE);
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(kind(ARTICLE_KIND), Occur.FILTER)
        .add(text, Occur.MUST);
    entity(q, SPEAKER, "--speaker", filters.speaker());
    entity(q, ACTOR, "--actor", filters.actor());
    entity(q, TARGET, "--target", filters.target());
    FilterQueries.code(EVENT, filters.event()).ifPresent(c -> q.add(c, Occur.FILTER));
    FilterQueries.code(COUNTRY, filters.country()).ifPresent(c -> q.add(c, Occur.FILTER));
    if (FilterQueries.hasDates(filters.from(), filters.to())) {
      q.add(FilterQueries.days(PUBLISHED, filters.from(), filters.to()), Occur.FILTER);
    }
    Set<String> terms = terms(text);
    boolean everything = query == null || query.isBlank();
    Optional<Sort> sort = everything ? Optional.of(NEWEST) : Optional.empty();
    Results<Hit> hits = find(q.build(), sort, limit, Hit::new);
    Map<Long, String> texts = texts(hits.results().stream()
        .map(h -> StoredDocs.articleSeq(h.document())).toList());
    return new Results<>(hits.total(), hits.exact(), hits.results().stream()
        .map(h -> new SearchHit(StoredDocs.article(h.document()),
            Float.isNaN(h.score()) ? 0f : h.score(),
            Snippets.around(texts.getOrDefault(StoredDocs.articleSeq(h.document()), ""), terms)))
        .toList());
  }

  /** A search document and its score. */
  private record Hit(Document document, float score) {
  }

  /** Quotes by the filter's speaker, newest first; {@code query} searches their words. */
  public Results<StoredQuote> quotes(String query, Filters filters, int limit) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(kind(QUOTE_KIND), Occur.FILTER)
        .add(parse(query, QUOTE), Occur.MUST);
    entity(q, SPEAKER, "--speaker", filters.speaker());
    if (FilterQueries.hasDates(filters.from(), filters.to())) {
      q.add(FilterQueries.days(DAY, filters.from(), filters.to()), Occur.FILTER);
    }
    return find(q.build(), Optional.of(LATEST), limit, (d, score) -> StoredDocs.quote(d));
  }

  /**
   * The dated events and quotes of the filter's actor in date order: events the actor did or
   * suffered and the actor's quotes; with a target, only events from actor to target and the
   * actor's quotes that name the target. An event code keeps events of that type only.
   */
  public Results<TimelineEntry> timeline(Filters filters, int limit) {
    Set<String> actors = resolve("--actor", filters.actor().orElseThrow());
    Optional<Set<String>> targets = filters.target().map(t -> resolve("--target", t));
    BooleanQuery.Builder events = new BooleanQuery.Builder().add(kind(EVENT_KIND), Occur.FILTER);
    BooleanQuery.Builder quotes = new BooleanQuery.Builder().add(kind(QUOTE_KIND), Occur.FILTER)
        .add(FilterQueries.anyOf(SPEAKER, actors), Occur.FILTER);
    if (targets.isPresent()) {
      events.add(FilterQueries.anyOf(ACTOR, actors), Occur.FILTER)
          .add(FilterQueries.anyOf(TARGET, targets.get()), Occur.FILTER);
      quotes.add(FilterQueries.anyOf(ABOUT, targets.get()), Occur.FILTER);
    } else {
      events.add(FilterQueries.eitherOf(ACTOR, TARGET, actors), Occur.FILTER);
    }
    FilterQueries.code(EVENT, filters.event()).ifPresent(c -> events.add(c, Occur.FILTER));
    BooleanQuery.Builder either = new BooleanQuery.Builder().add(events.build(), Occur.SHOULD);
    if (filters.event().isEmpty()) {
      either.add(quotes.build(), Occur.SHOULD);
    }
    Query q = new BooleanQuery.Builder().add(either.setMinimumNumberShouldMatch(1).build(),
        Occur.FILTER).add(FilterQueries.days(DAY, filters.from(), filters.to()), Occur.FILTER)
        .build();
    return find(q, Optional.of(CHRONOLOGICAL), limit, (d, score) -> StoredDocs.entry(d));
  }

  private <T> Results<T> find(Query query, Optional<Sort> sort, int limit,
      BiFunction<Document, Float, T> read) {
    return index.withSearcher(searcher -> {
      TopDocs top = sort.isPresent() ? searcher.search(query, Math.max(1, limit), sort.get())
          : searcher.search(query, Math.max(1, limit));
      StoredFields stored = searcher.storedFields();
      List<T> results = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        if (results.size() < limit) {
          results.add(read.apply(stored.document(hit.doc), hit.score));
        }
      }
      return new Results<>(top.totalHits.value,
          top.totalHits.relation == TotalHits.Relation.EQUAL_TO, results);
    });
  }

  private void entity(BooleanQuery.Builder q, String field, String option, Optional<String> name) {
    name.ifPresent(n -> q.add(FilterQueries.anyOf(field, resolve(option, n)), Occur.FILTER));
  }

  private Set<String> resolve(String option, String name) {
    return database.read(c -> NameResolver.resolve(c, option, name));
  }

  private static Query kind(String kind) {
    return FilterQueries.kind(kind);
  }

  private static Query parse(String query, String... fields) {
    if (query == null || query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, SearchIndex.analyzer());
    parser.setAllowLeadingWildcard(true);
    try {
      return parser.parse(query);
    } catch (ParseException | IllegalArgumentException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new QuerySyntaxException(query, "could not parse query '" + query + "': " + why, e);
    }
  }

  private static Set<String> terms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    Set<String> words = new HashSet<>();
    terms.forEach(t -> words.add(t.text()));
    return words;
  }

  // The texts of the hits' articles, in one query.
  private Map<Long, String> texts(List<Long> seqs) {
    if (seqs.isEmpty()) {
      return Map.of();
    }
    return database.read(c -> {
      Map<Long, String> texts = new HashMap<>();
      try (PreparedStatement statement = c.prepareStatement("SELECT seq, text FROM articles"
          + " WHERE seq IN (" + SqlLists.placeholders(seqs.size()) + ")")) {
        for (int i = 0; i < seqs.size(); i++) {
          statement.setLong(i + 1, seqs.get(i));
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            texts.put(rows.getLong(1), rows.getString(2));
          }
        }
      }
      return texts;
    });
  }
}
