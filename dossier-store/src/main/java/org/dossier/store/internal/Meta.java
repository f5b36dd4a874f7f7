package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads and writes the {@code store_meta} key-value table. */
public final class Meta {

  private Meta() {
  }

  public static String read(Connection connection, String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT value FROM store_meta WHERE key = ?")) {
      statement.setString(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  public static long readLong(Connection connection, String key) throws SQLException {
    String value = read(connection, key);
    return value == null ? 0 : Long.parseLong(value);
  }

  public static void write(Connection connection, String key, String value) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO store_meta VALUES (?, ?)"
            + " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")) {
      statement.setString(1, key);
      statement.setString(2, value);
      statement.executeUpdate();
    }
  }

  /** The position of the database: its last committed batch and the next article seq. */
  public static IndexMarker position(Connection connection) throws SQLException {
    return new IndexMarker(readLong(connection, "batch"), readLong(connection, "next_seq"));
  }
}
