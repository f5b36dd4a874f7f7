package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Keeps one {@code entities} row per entity id across articles: adds the counts of newly stored
 * articles (inserting entities seen for the first time, with the name, type and place of their
 * first article), subtracts those of removed articles, and drops entities no article mentions
 * any more. Article-local ids ({@code dossier:article:…}) are scoped to their article.
 */
final class EntityMerger {

  private static final String ADD = "INSERT INTO entities (id, name, type, country_code, lat,"
      + " lon, article_scope, articles, mentions) SELECT ae.entity_id,"
      + " arg_min(ae.name, ae.article_seq), arg_min(ae.type, ae.article_seq),"
      + " arg_min(ae.country_code, ae.article_seq) FILTER (WHERE ae.country_code IS NOT NULL),"
      + " arg_min(ae.lat, ae.article_seq) FILTER (WHERE ae.lat IS NOT NULL),"
      + " arg_min(ae.lon, ae.article_seq) FILTER (WHERE ae.lon IS NOT NULL),"
      + " CASE WHEN ae.entity_id LIKE 'dossier:article:%' THEN arg_min(a.id, ae.article_seq) END,"
      + " count(*), sum(ae.mention_count) FROM article_entities ae JOIN articles a"
      + " ON a.seq = ae.article_seq WHERE ae.article_seq >= ? AND ae.article_seq < ?"
      + " AND a.seq >= ? AND a.seq < ? GROUP BY ae.entity_id ON CONFLICT (id) DO UPDATE SET"
      + " articles = entities.articles + EXCLUDED.articles,"
      + " mentions = entities.mentions + EXCLUDED.mentions,"
      + " country_code = coalesce(entities.country_code, EXCLUDED.country_code),"
      + " lat = coalesce(entities.lat, EXCLUDED.lat), lon = coalesce(entities.lon, EXCLUDED.lon)";
  private static final String ADD_NAMES = "INSERT INTO entity_names (entity_id, name, articles)"
      + " SELECT entity_id, name, count(*) FROM article_entities WHERE article_seq >= ?"
      + " AND article_seq < ? GROUP BY entity_id, name ON CONFLICT (entity_id, name)"
      + " DO UPDATE SET articles = entity_names.articles + EXCLUDED.articles";
  private static final String SUBTRACT = "UPDATE entities SET articles = entities.articles - d.n,"
      + " mentions = entities.mentions - d.m FROM (SELECT entity_id, count(*) AS n,"
      + " sum(mention_count) AS m FROM article_entities WHERE article_seq IN (%s)"
      + " GROUP BY entity_id) d WHERE entities.id = d.entity_id";
  private static final String SUBTRACT_NAMES = "UPDATE entity_names"
      + " SET articles = entity_names.articles - d.n FROM (SELECT entity_id, name, count(*) AS n"
      + " FROM article_entities WHERE article_seq IN (%s) GROUP BY entity_id, name) d"
      + " WHERE entity_names.entity_id = d.entity_id AND entity_names.name = d.name";

  private EntityMerger() {
  }

  /** Subtracts the entity counts of articles about to be removed. */
  static void subtract(Connection connection, List<Long> seqs) throws SQLException {
    String placeholders = SqlLists.placeholders(seqs.size());
    SqlLists.update(connection, String.format(SUBTRACT, placeholders), seqs);
    SqlLists.update(connection, String.format(SUBTRACT_NAMES, placeholders), seqs);
  }

  /** Adds the entities of the articles numbered {@code from} to {@code to} (exclusive). */
  static void add(Connection connection, long from, long to) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ADD)) {
      statement.setLong(1, from);
      statement.setLong(2, to);
      statement.setLong(3, from);
      statement.setLong(4, to);
      statement.executeUpdate();
    }
    try (PreparedStatement statement = connection.prepareStatement(ADD_NAMES)) {
      statement.setLong(1, from);
      statement.setLong(2, to);
      statement.executeUpdate();
    }
  }

  /** Drops entities and names no stored article mentions any more. */
  static void prune(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM entities WHERE articles <= 0");
      statement.execute("DELETE FROM entity_names WHERE articles <= 0");
    }
  }
}
