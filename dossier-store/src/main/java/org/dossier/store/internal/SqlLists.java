package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Statements over a list of article numbers, bound as parameters ({@code IN (?, ?, …)}). */
final class SqlLists {

  private SqlLists() {
  }

  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** Runs {@code sql}, whose only parameters are the {@code seqs}, after {@code leading}. */
  static int update(Connection connection, String sql, List<Long> seqs, Object... leading)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 0;
      for (Object value : leading) {
        statement.setObject(++index, value);
      }
      for (Long seq : seqs) {
        statement.setLong(++index, seq);
      }
      return statement.executeUpdate();
    }
  }
}
