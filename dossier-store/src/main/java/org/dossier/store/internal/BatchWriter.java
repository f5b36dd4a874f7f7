package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.dossier.store.StoreItem;
import org.dossier.store.WriteResult;

/**
 * Writes one batch of articles in one database transaction: plans it, removes the older
 * versions it replaces (logging them for the index), inserts the new articles under fresh
 * sequence numbers, merges their entities and advances the store's marker. A crash at any point
 * leaves either the whole batch or none of it.
 */
public final class BatchWriter {

  private static final List<String> CHILD_TABLES = List.of("mentions", "quotes", "events",
      "times", "article_entities");

  private final Database database;

  public BatchWriter(Database database) {
    this.database = database;
  }

  /**
   * Stores {@code items}; {@code indexedBatch} is the batch the search index has committed, so
   * the removal log can forget what the index no longer needs.
   */
  public WriteResult write(List<StoreItem> items, long indexedBatch) {
    return database.transaction(c -> {
      BatchPlan plan = BatchPlanner.plan(c, items);
      if (plan.empty()) {
        return new WriteResult(0, plan.unchanged(), 0, 0);
      }
      IndexMarker position = Meta.position(c);
      long batch = position.batch() + 1;
      long from = position.nextSeq();
      remove(c, plan.replacedSeqs(), batch);
      insert(c, plan.inserts(), from, batch);
      long to = from + plan.inserts().size();
      EntityMerger.add(c, from, to);
      EntityMerger.prune(c);
      forget(c, indexedBatch);
      Meta.write(c, "batch", Long.toString(batch));
      Meta.write(c, "next_seq", Long.toString(to));
      return new WriteResult(plan.inserts().size(), plan.unchanged(),
          plan.replacedSeqs().size() + plan.superseded(), batch);
    });
  }

  private static void remove(Connection c, List<Long> seqs, long batch) throws SQLException {
    if (seqs.isEmpty()) {
      return;
    }
    String in = SqlLists.placeholders(seqs.size());
    EntityMerger.subtract(c, seqs);
    SqlLists.update(c, "INSERT INTO removed_articles SELECT seq, id, ? FROM articles"
        + " WHERE seq IN (" + in + ")", seqs, batch);
    for (String table : CHILD_TABLES) {
      SqlLists.update(c, "DELETE FROM " + table + " WHERE article_seq IN (" + in + ")", seqs);
    }
    SqlLists.update(c, "DELETE FROM articles WHERE seq IN (" + in + ")", seqs);
  }

  private static void insert(Connection c, List<StoreItem> items, long from, long batch)
      throws SQLException {
    RowInserter rows = new RowInserter();
    long seq = from;
    for (StoreItem item : items) {
      rows.add(seq++, batch, item);
    }
    rows.insert(c);
  }

  private static void forget(Connection c, long indexedBatch) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "DELETE FROM removed_articles WHERE batch <= ?")) {
      statement.setLong(1, indexedBatch);
      statement.executeUpdate();
    }
  }
}
