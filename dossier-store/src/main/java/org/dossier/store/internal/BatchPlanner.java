package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.store.StoreItem;

/**
 * Decides, inside the batch transaction, what each item does. An item whose content id is
 * stored already (or came earlier in the batch) is unchanged. Of items sharing an origin, the
 * last wins. A stored article with the item's origin but another id is an older version of it
 * and is replaced.
 */
final class BatchPlanner {

  private BatchPlanner() {
  }

  static BatchPlan plan(Connection connection, List<StoreItem> items) throws SQLException {
    Set<String> ids = new HashSet<>();
    Map<String, StoreItem> byOrigin = new LinkedHashMap<>();
    int unchanged = 0;
    try (PreparedStatement stored = connection.prepareStatement(
        "SELECT 1 FROM articles WHERE id = ?")) {
      for (StoreItem item : items) {
        if (!ids.add(item.articleId()) || exists(stored, item.articleId())) {
          unchanged++;
        } else {
          byOrigin.remove(item.origin());
          byOrigin.put(item.origin(), item);
        }
      }
    }
    int superseded = items.size() - unchanged - byOrigin.size();
    List<StoreItem> inserts = List.copyOf(byOrigin.values());
    return new BatchPlan(inserts, olderVersions(connection, inserts), unchanged, superseded);
  }

  private static boolean exists(PreparedStatement statement, String id) throws SQLException {
    statement.setString(1, id);
    try (ResultSet rows = statement.executeQuery()) {
      return rows.next();
    }
  }

  private static List<Long> olderVersions(Connection connection, List<StoreItem> inserts)
      throws SQLException {
    List<Long> seqs = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT seq FROM articles WHERE origin = ?")) {
      for (StoreItem item : inserts) {
        statement.setString(1, item.origin());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            seqs.add(rows.getLong(1));
          }
        }
      }
    }
    return seqs;
  }
}
