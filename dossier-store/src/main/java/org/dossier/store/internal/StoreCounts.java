package org.dossier.store.internal;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.dossier.store.StoreCheck;
import org.dossier.store.StoreStats;

/** Counts the rows of a store's tables and, to check them, the documents of its index. */
public final class StoreCounts {

  private static final List<String> SHOWN = List.of("articles", "entities", "mentions", "quotes",
      "events", "times", "entity_names", "article_entities");

  private final Database database;
  private final SearchIndex index;

  public StoreCounts(Database database, SearchIndex index) {
    this.database = database;
    this.index = index;
  }

  public StoreStats stats() {
    String sql = "SELECT " + String.join(", ",
        SHOWN.stream().map(t -> "(SELECT count(*) FROM " + t + ")").toList());
    return database.read(c -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(sql)) {
        row.next();
        for (int i = 0; i < SHOWN.size(); i++) {
          counts.put(SHOWN.get(i), row.getLong(i + 1));
        }
      }
      return new StoreStats(counts);
    });
  }

  /** The database's counts and marker beside the index's. */
  public StoreCheck check() {
    StoreStats stats = stats();
    IndexMarker position = database.read(Meta::position);
    long[] indexed = index.withSearcher(s -> new long[] {
        count(s, IndexFields.ARTICLE_KIND), count(s, IndexFields.EVENT_KIND),
        count(s, IndexFields.QUOTE_KIND)});
    return new StoreCheck(stats.count("articles"), indexed[0], stats.count("events"), indexed[1],
        stats.count("quotes"), indexed[2], position.batch(), index.marker().batch());
  }

  private static long count(IndexSearcher searcher, String kind) throws java.io.IOException {
    return searcher.count(FilterQueries.kind(kind));
  }
}
