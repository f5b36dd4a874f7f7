package org.dossier.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Dateline;
import org.dossier.model.DossierJson;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.GeoPoint;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Role;
import org.dossier.model.Speaker;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimexType;

/**
 * Reads one stored article back into the output contract from its rows: the article, its
 * entities with their mentions (in order of first mention), quotes, events and times (in the
 * order they were written). The store keeps every field of the contract, so the record is the one
 * that was stored.
 */
final class StoredArticleReader {

  private StoredArticleReader() {
  }

  static Optional<AnalyzedArticle> read(Connection c, String articleId) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
      statement.setString(1, articleId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long seq = row.getLong("seq");
        return Optional.of(new AnalyzedArticle(row.getString("schema_version"), article(row),
            entities(c, seq), times(c, seq), quotes(c, seq), events(c, seq)));
      }
    }
  }

  private static Article article(ResultSet row) throws SQLException {
    Optional<Dateline> dateline = text(row, "dateline_text").map(text -> new Dateline(text,
        text(row, "dateline_place"), text(row, "dateline_country"),
        text(row, "dateline_agency")));
    return new Article(row.getString("id"), row.getString("source"), text(row, "url"),
        text(row, "title"), day(row, "published"), day(row, "modified"), text(row, "section"),
        text(row, "site_name"), text(row, "byline"), integer(row, "reading_time_minutes"),
        dateline, captions(row), text(row, "language"), row.getString("text"));
  }

  private static List<Entity> entities(Connection c, long seq) throws SQLException {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    try (PreparedStatement statement = c.prepareStatement("SELECT entity_id, start, \"end\", text"
        + " FROM mentions WHERE article_seq = ? ORDER BY start, \"end\"")) {
      statement.setLong(1, seq);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          mentions.computeIfAbsent(row.getString("entity_id"), id -> new ArrayList<>())
              .add(new Mention(row.getInt("start"), row.getInt("end"), row.getString("text")));
        }
      }
    }
    Map<String, Entity> byId = new LinkedHashMap<>();
    try (PreparedStatement statement = c.prepareStatement(
        "SELECT * FROM article_entities WHERE article_seq = ?")) {
      statement.setLong(1, seq);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String id = row.getString("entity_id");
          Optional<GeoPoint> location = decimal(row, "lat")
              .flatMap(lat -> decimal(row, "lon").map(lon -> new GeoPoint(lat, lon)));
          byId.put(id, new Entity(id, row.getString("name"),
              EntityType.valueOf(row.getString("type")), text(row, "country_code"), location,
              roles(row.getString("roles")), mentions.getOrDefault(id, List.of())));
        }
      }
    }
    // Entities in the order the text first mentions them; unmentioned ones last.
    List<Entity> ordered = new ArrayList<>();
    mentions.keySet().stream().map(byId::remove).filter(Objects::nonNull).forEach(ordered::add);
    ordered.addAll(byId.values());
    return ordered;
  }

  private static List<Role> roles(String json) {
    List<Role> roles = new ArrayList<>();
    if (json == null) {
      return roles;
    }
    for (JsonNode role : DossierJson.read(json, JsonNode.class)) {
      JsonNode country = role.path("country_code");
      roles.add(new Role(role.path("title").asText(),
          country.isTextual() ? Optional.of(country.asText()) : Optional.empty()));
    }
    return roles;
  }

  private static List<TimeExpression> times(Connection c, long seq) throws SQLException {
    List<TimeExpression> times = new ArrayList<>();
    try (ResultSet row = rows(c, "times", seq)) {
      while (row.next()) {
        times.add(new TimeExpression(row.getString("text"),
            TimexType.valueOf(row.getString("type")), row.getString("value"),
            text(row, "anchor"), row.getInt("start"), row.getInt("end")));
      }
    }
    return times;
  }

  private static List<Quote> quotes(Connection c, long seq) throws SQLException {
    List<Quote> quotes = new ArrayList<>();
    try (ResultSet row = rows(c, "quotes", seq)) {
      while (row.next()) {
        Optional<Speaker> speaker = text(row, "speaker_id").map(id -> new Speaker(id,
            text(row, "speaker_name").orElse(id), new Mention(integer(row,
            "speaker_start").orElse(0), integer(row, "speaker_end").orElse(0),
            text(row, "speaker_text").orElse(""))));
        quotes.add(new Quote(row.getString("text"),
            QuoteKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)), speaker,
            text(row, "cue"), text(row, "channel"), text(row, "date"), row.getInt("occurrences"),
            row.getInt("start"), row.getInt("end"), row.getDouble("confidence")));
      }
    }
    return quotes;
  }

  private static List<PoliticalEvent> events(Connection c, long seq) throws SQLException {
    List<PoliticalEvent> events = new ArrayList<>();
    try (ResultSet row = rows(c, "events", seq)) {
      while (row.next()) {
        EventActor source = new EventActor(row.getString("source_id"),
            row.getString("source_name"), text(row, "source_country"),
            text(row, "source_sector"));
        Optional<EventActor> target = text(row, "target_id").map(id -> new EventActor(id,
            text(row, "target_name").orElse(id), text(row, "target_country"),
            text(row, "target_sector")));
        Optional<Place> location = text(row, "location_name").map(name -> new Place(name,
            text(row, "location_country"), decimal(row, "lat"), decimal(row, "lon")));
        events.add(new PoliticalEvent(row.getString("code"), row.getString("cameo"),
            text(row, "mode"), source, target, location, row.getString("date"),
            row.getString("sentence"), row.getInt("start"), row.getInt("end"),
            row.getDouble("confidence"), row.getInt("quad_class"),
            row.getBoolean("date_from_text"), integer(row, "quote_ordinal")));
      }
    }
    return events;
  }

  /** The rows of a per-article table in the order they were written. */
  private static ResultSet rows(Connection c, String table, long seq) throws SQLException {
    PreparedStatement statement = c.prepareStatement(
        "SELECT * FROM " + table + " WHERE article_seq = ? ORDER BY ordinal");
    statement.setLong(1, seq);
    statement.closeOnCompletion();
    return statement.executeQuery();
  }

  private static List<String> captions(ResultSet row) throws SQLException {
    Array array = row.getArray("captions");
    if (array == null) {
      return List.of();
    }
    List<String> captions = new ArrayList<>();
    for (Object caption : (Object[]) array.getArray()) {
      captions.add(String.valueOf(caption));
    }
    return captions;
  }

  /** Reads one column; a getter for lambdas, which cannot throw SQLException. */
  private interface Column<T> {
    T get(ResultSet row, String column) throws SQLException;
  }

  private static <T> Optional<T> value(ResultSet row, String column, Column<T> getter) {
    try {
      T value = getter.get(row, column);
      return row.wasNull() ? Optional.empty() : Optional.ofNullable(value);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read column " + column + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> text(ResultSet row, String column) {
    return value(row, column, ResultSet::getString);
  }

  private static Optional<Double> decimal(ResultSet row, String column) {
    return value(row, column, ResultSet::getDouble);
  }

  private static Optional<Integer> integer(ResultSet row, String column) {
    return value(row, column, ResultSet::getInt);
  }

  private static Optional<LocalDate> day(ResultSet row, String column) {
    return value(row, column, ResultSet::getDate).map(Date::toLocalDate);
  }
}
