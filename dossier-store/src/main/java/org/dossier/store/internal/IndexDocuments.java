package org.dossier.store.internal;

import static org.dossier.store.internal.IndexFields.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;

/**
 * Builds the search documents of a range of articles from their database rows: one per article
 * (title, text, quote text, and the speakers, actors, targets, event codes and countries it
 * holds, for filtering), one per event and one per quote (with what a timeline shows, so
 * timelines are answered from the index alone). The index is always built from the database,
 * never from the objects being written, so a rebuilt index equals an incrementally built one.
 */
final class IndexDocuments {

  private static final String ARTICLES = "SELECT a.seq, a.id, a.title, a.text, a.published,"
      + " a.source, a.url, a.dateline_country, q.speakers, q.quote_text, e.actors, e.targets,"
      + " e.codes, list_distinct(list_concat(e.countries, [a.dateline_country])) AS countries"
      + " FROM articles a LEFT JOIN (SELECT article_seq, list(DISTINCT speaker_id)"
      + " FILTER (WHERE speaker_id IS NOT NULL) AS speakers, string_agg(text, ' | ') AS quote_text"
      + " FROM quotes WHERE article_seq >= ? AND article_seq < ? GROUP BY article_seq) q"
      + " ON q.article_seq = a.seq LEFT JOIN (SELECT article_seq,"
      + " list(DISTINCT source_id) AS actors,"
      + " list(DISTINCT target_id) FILTER (WHERE target_id IS NOT NULL) AS targets,"
      + " list(DISTINCT code) AS codes, list_distinct(flatten(list([source_country,"
      + " target_country, location_country]))) AS countries FROM events"
      + " WHERE article_seq >= ? AND article_seq < ? GROUP BY article_seq) e"
      + " ON e.article_seq = a.seq WHERE a.seq >= ? AND a.seq < ?";
  private static final String EVENTS = "SELECT e.article_seq, e.ordinal, e.code, e.mode,"
      + " e.source_id, e.source_name, e.source_country, e.target_id, e.target_name,"
      + " e.target_country, e.location_name, e.location_country, e.date, e.day, e.sentence,"
      + " e.start, a.id, a.title, a.published, a.source, a.url FROM events e JOIN articles a"
      + " ON a.seq = e.article_seq WHERE e.article_seq >= ? AND e.article_seq < ?"
      + " AND a.seq >= ? AND a.seq < ?";
  private static final String QUOTES = "SELECT q.article_seq, q.ordinal, q.text, q.kind,"
      + " q.speaker_id, q.speaker_name, q.cue, q.channel, q.date, q.day, q.start, a.id, a.title,"
      + " a.published, a.source, a.url, m.about FROM quotes q JOIN articles a"
      + " ON a.seq = q.article_seq LEFT JOIN (SELECT q2.article_seq, q2.ordinal,"
      + " list(DISTINCT m.entity_id) AS about FROM quotes q2 JOIN mentions m"
      + " ON m.article_seq = q2.article_seq AND m.start >= q2.start AND m.\"end\" <= q2.\"end\""
      + " WHERE q2.article_seq >= ? AND q2.article_seq < ? AND m.article_seq >= ?"
      + " AND m.article_seq < ? GROUP BY q2.article_seq, q2.ordinal) m"
      + " ON m.article_seq = q.article_seq AND m.ordinal = q.ordinal"
      + " WHERE q.article_seq >= ? AND q.article_seq < ? AND a.seq >= ? AND a.seq < ?";

  private IndexDocuments() {
  }

  /** Hands every document of the articles numbered {@code from} to {@code to} (exclusive). */
  static void forRange(Connection connection, long from, long to, Consumer<Document> sink)
      throws SQLException {
    each(connection, ARTICLES, 3, from, to, row -> sink.accept(article(row)));
    each(connection, EVENTS, 2, from, to, row -> sink.accept(event(row)));
    each(connection, QUOTES, 4, from, to, row -> sink.accept(quote(row)));
  }

  private static void each(Connection connection, String sql, int ranges, long from, long to,
      RowHandler handler) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < ranges; i++) {
        statement.setLong(2 * i + 1, from);
        statement.setLong(2 * i + 2, to);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.handle(rows);
        }
      }
    }
  }

  private static Document article(ResultSet row) throws SQLException {
    long seq = row.getLong("seq");
    return new DocumentFields(row, ARTICLE_KIND, seq, order(seq, 0))
        .term(ID, "id", true).text(TITLE, "title", true).text(TEXT, "text", false)
        .text(QUOTE, "quote_text", false).day(PUBLISHED, "published")
        .stored(SOURCE, "source").stored(URL, "url")
        .terms(SPEAKER, "speakers").terms(ACTOR, "actors").terms(TARGET, "targets")
        .terms(EVENT, "codes").terms(COUNTRY, "countries").document();
  }

  private static Document event(ResultSet row) throws SQLException {
    long seq = row.getLong("article_seq");
    return reference(new DocumentFields(row, EVENT_KIND, seq, order(seq, row.getInt("start")))
        .term(EVENT, "code", false).term(ACTOR, "source_id", false)
        .term(TARGET, "target_id", false).term(COUNTRY, "source_country", false)
        .term(COUNTRY, "target_country", false).day(DAY, "day").stored(DATE, "date")
        .stored(CODE, "code").stored(ACTOR_NAME, "source_name")
        .stored(TARGET_NAME, "target_name").stored(LOCATION, "location_name")
        .stored(EVIDENCE, "sentence"));
  }

  private static Document quote(ResultSet row) throws SQLException {
    long seq = row.getLong("article_seq");
    return reference(new DocumentFields(row, QUOTE_KIND, seq, order(seq, row.getInt("start")))
        .term(SPEAKER, "speaker_id", true).terms(ABOUT, "about").text(QUOTE, "text", false)
        .day(DAY, "day").stored(DATE, "date").stored(CODE, "kind")
        .stored(SPEAKER_NAME, "speaker_name").stored(CUE, "cue").stored(CHANNEL, "channel")
        .stored(EVIDENCE, "text"));
  }

  // Sorts records of one day by article, then by where they stand in its text.
  private static long order(long seq, int start) {
    return (seq << 24) + Math.min(Math.max(start, 0), (1 << 24) - 1);
  }

  // The article an event or quote came from, for display beside the evidence.
  private static Document reference(DocumentFields fields) throws SQLException {
    return fields.term(ID, "id", true).text(TITLE, "title", true).day(PUBLISHED, "published")
        .stored(SOURCE, "source").stored(URL, "url").document();
  }

  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }
}
