package org.dossier.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Looks inside a closed store with plain SQL: articles whose records are not all there, and
 * content ids stored more than once.
 */
record StoreInspection(long articles, long tornArticles, long duplicateIds, long orphanRows) {

  static StoreInspection of(Path db) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly);
        Statement s = c.createStatement()) {
      return new StoreInspection(
          count(s, "SELECT count(*) FROM articles"),
          count(s, "SELECT count(*) FROM articles a WHERE"
              + " (SELECT count(*) FROM quotes q WHERE q.article_seq = a.seq) <> "
              + SyntheticArticles.QUOTES
              + " OR (SELECT count(*) FROM events e WHERE e.article_seq = a.seq) <> "
              + SyntheticArticles.EVENTS
              + " OR (SELECT count(*) FROM mentions m WHERE m.article_seq = a.seq) <> "
              + SyntheticArticles.MENTIONS
              + " OR (SELECT count(*) FROM times t WHERE t.article_seq = a.seq) <> "
              + SyntheticArticles.TIMES
              + " OR (SELECT count(*) FROM article_entities x WHERE x.article_seq = a.seq) <> "
              + SyntheticArticles.ENTITIES),
          count(s, "SELECT count(*) - count(DISTINCT id) FROM articles"),
          count(s, "SELECT (SELECT count(*) FROM quotes WHERE article_seq NOT IN"
              + " (SELECT seq FROM articles)) + (SELECT count(*) FROM events WHERE article_seq"
              + " NOT IN (SELECT seq FROM articles))"));
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
