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
 * and is replaced. Each question is one query for the whole batch.
 */
final class BatchPlanner {

  private BatchPlanner() {
  }

  static BatchPlan plan(Connection connection, List<StoreItem> items) throws SQLException {
    Set<String> stored = new HashSet<>(select(connection, "id", "id",
        items.stream().map(StoreItem::articleId).distinct().toList()));
    Set<String> ids = new HashSet<>();
    Map<String, StoreItem> byOrigin = new LinkedHashMap<>();
    int unchanged = 0;
    for (StoreItem item : items) {
      if (!ids.add(item.articleId()) || stored.contains(item.articleId())) {
        unchanged++;
      } else {
        byOrigin.remove(item.origin());
        byOrigin.put(item.origin(), item);
      }
    }
    int superseded = items.size() - unchanged - byOrigin.size();
    List<Long> older = select(connection, "seq", "origin", List.copyOf(byOrigin.keySet()))
        .stream().map(Long::valueOf).toList();
    return new BatchPlan(List.copyOf(byOrigin.values()), older, unchanged, superseded);
  }

  // The {@code column} of stored articles whose {@code key} is one of {@code values}.
  private static List<String> select(Connection connection, String column, String key,
      List<String> values) throws SQLException {
    List<String> found = new ArrayList<>();
    if (values.isEmpty()) {
      return found;
    }
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + column
        + " FROM articles WHERE " + key + " IN (" + SqlLists.placeholders(values.size()) + ")")) {
      for (int i = 0; i < values.size(); i++) {
        statement.setString(i + 1, values.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
    }
    return found;
  }
}
