package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dossier.store.StoreException;

/**
 * The tables of a store. {@code articles} is keyed by a dense sequence number ({@code seq}) that
 * grows with every batch, so the rows of a batch sit together and range scans by {@code seq} are
 * cheap; the content id (SHA-256 of the clean text) is unique. Child tables ({@code mentions},
 * {@code quotes}, {@code events}, {@code times}, {@code article_entities}) point to
 * {@code articles.seq}. {@code entities} holds one row per entity across articles, with counts
 * kept current by each batch; {@code entity_names} the names it was stored under.
 * {@code store_meta} holds the schema version, the last committed batch and the next seq;
 * {@code removed_articles} logs replaced articles until the search index has caught up.
 */
public final class Schema {

  /** The version of these tables; a store written by another version is refused. */
  public static final String VERSION = "1";

  private static final List<String> TABLES = List.of(
      "CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
      "CREATE TABLE articles (seq BIGINT PRIMARY KEY, id VARCHAR NOT NULL UNIQUE,"
          + " origin VARCHAR NOT NULL, source VARCHAR NOT NULL, url VARCHAR, title VARCHAR,"
          + " published DATE, modified DATE, section VARCHAR, site_name VARCHAR, byline VARCHAR,"
          + " reading_time_minutes INTEGER, dateline_text VARCHAR, dateline_place VARCHAR,"
          + " dateline_country VARCHAR, dateline_agency VARCHAR, captions VARCHAR[],"
          + " language VARCHAR, text VARCHAR NOT NULL, schema_version VARCHAR NOT NULL,"
          + " batch BIGINT NOT NULL, ingested_at TIMESTAMP NOT NULL)",
      "CREATE INDEX articles_origin ON articles (origin)",
      "CREATE TABLE entities (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,"
          + " type VARCHAR NOT NULL, country_code VARCHAR, lat DOUBLE, lon DOUBLE,"
          + " article_scope VARCHAR, articles BIGINT NOT NULL, mentions BIGINT NOT NULL)",
      "CREATE TABLE entity_names (entity_id VARCHAR NOT NULL, name VARCHAR NOT NULL,"
          + " articles BIGINT NOT NULL, PRIMARY KEY (entity_id, name))",
      "CREATE TABLE article_entities (article_seq BIGINT NOT NULL, entity_id VARCHAR NOT NULL,"
          + " name VARCHAR NOT NULL, type VARCHAR NOT NULL, country_code VARCHAR, lat DOUBLE,"
          + " lon DOUBLE, roles JSON,"
          + " mention_count INTEGER NOT NULL)",
      "CREATE TABLE mentions (article_seq BIGINT NOT NULL, entity_id VARCHAR NOT NULL,"
          + " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text VARCHAR NOT NULL)",
      "CREATE TABLE quotes (article_seq BIGINT NOT NULL, ordinal INTEGER NOT NULL,"
          + " text VARCHAR NOT NULL, kind VARCHAR NOT NULL, speaker_id VARCHAR,"
          + " speaker_name VARCHAR, speaker_start INTEGER, speaker_end INTEGER,"
          + " speaker_text VARCHAR, cue VARCHAR, channel VARCHAR, date VARCHAR, day DATE,"
          + " occurrences INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
          + " confidence DOUBLE NOT NULL)",
      "CREATE TABLE events (article_seq BIGINT NOT NULL, ordinal INTEGER NOT NULL,"
          + " code VARCHAR NOT NULL, cameo VARCHAR NOT NULL, mode VARCHAR,"
          + " quad_class TINYINT NOT NULL, source_id VARCHAR NOT NULL,"
          + " source_name VARCHAR NOT NULL, source_country VARCHAR, source_sector VARCHAR,"
          + " target_id VARCHAR, target_name VARCHAR, target_country VARCHAR,"
          + " target_sector VARCHAR, location_name VARCHAR, location_country VARCHAR,"
          + " lat DOUBLE, lon DOUBLE, date VARCHAR NOT NULL, day DATE,"
          + " date_from_text BOOLEAN NOT NULL, sentence VARCHAR NOT NULL,"
          + " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, confidence DOUBLE NOT NULL,"
          + " quote_ordinal INTEGER)",
      "CREATE TABLE times (article_seq BIGINT NOT NULL, ordinal INTEGER NOT NULL,"
          + " text VARCHAR NOT NULL, type VARCHAR NOT NULL, value VARCHAR NOT NULL,"
          + " anchor VARCHAR, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL)",
      "CREATE TABLE removed_articles (article_seq BIGINT NOT NULL, article_id VARCHAR NOT NULL,"
          + " batch BIGINT NOT NULL)");

  /** The tables a user sees in stats and exports, in that order. */
  public static final List<String> DATA_TABLES = List.of("articles", "entities", "entity_names",
      "article_entities", "mentions", "quotes", "events", "times");

  private Schema() {
  }

  /** Creates the tables in an empty database, or checks the version of an existing store. */
  public static void prepare(Connection connection, String store) throws SQLException {
    if (!exists(connection)) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String ddl : TABLES) {
          statement.execute(ddl);
        }
        statement.execute("INSERT INTO store_meta VALUES ('schema_version', '" + VERSION + "'),"
            + " ('batch', '0'), ('next_seq', '1')");
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    check(connection, store);
  }

  /** Refuses a database that is not a Dossier store of this version. */
  public static void check(Connection connection, String store) throws SQLException {
    if (!exists(connection)) {
      throw new StoreException(store, "not a Dossier store: a DuckDB database without the"
          + " store_meta table");
    }
    String version = Meta.read(connection, "schema_version");
    if (!VERSION.equals(version)) {
      throw new StoreException(store, "store schema version " + version + " is not the version "
          + VERSION + " this dossier reads; export it with the dossier that wrote it");
    }
  }

  private static boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      statement.setString(1, "store_meta");
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }
}
