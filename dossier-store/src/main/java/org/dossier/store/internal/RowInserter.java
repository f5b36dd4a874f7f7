package org.dossier.store.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.TimeExpression;
import org.dossier.store.StoreItem;

/**
 * Inserts analyzed articles and all their records, each table through one prepared statement
 * whose rows are sent together by {@link #execute()}. Used inside the batch transaction.
 */
final class RowInserter implements AutoCloseable {

  private static final String ARTICLE = "INSERT INTO articles (seq, id, origin, source, url,"
      + " title, published, modified, section, site_name, byline, reading_time_minutes,"
      + " dateline_text, dateline_place, dateline_country, dateline_agency, captions, language,"
      + " text, schema_version, batch, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?::DATE, ?::DATE,"
      + " ?, ?, ?, ?, ?, ?, ?, ?, from_json(?, '[\"VARCHAR\"]'), ?, ?, ?, ?, now())";
  private static final String ENTITY = "INSERT INTO article_entities VALUES (?, ?, ?, ?, ?, ?, ?,"
      + " from_json(?, '[{\"title\":\"VARCHAR\",\"country_code\":\"VARCHAR\"}]'), ?)";
  private static final String MENTION = "INSERT INTO mentions VALUES (?, ?, ?, ?, ?)";
  private static final String TIME = "INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final List<PreparedStatement> statements = new ArrayList<>();
  private final PreparedStatement articles;
  private final PreparedStatement entities;
  private final PreparedStatement mentions;
  private final PreparedStatement times;
  private final StatementRows statementRows;

  RowInserter(Connection connection) throws SQLException {
    articles = prepare(connection, ARTICLE);
    entities = prepare(connection, ENTITY);
    mentions = prepare(connection, MENTION);
    times = prepare(connection, TIME);
    statementRows = new StatementRows(prepare(connection, StatementRows.QUOTE),
        prepare(connection, StatementRows.EVENT));
  }

  private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statements.add(statement);
    return statement;
  }

  /** Queues the rows of {@code item} under article number {@code seq}. */
  void add(long seq, long batch, StoreItem item) throws SQLException {
    AnalyzedArticle analyzed = item.analyzed();
    addArticle(seq, batch, item);
    for (Entity entity : analyzed.entities()) {
      addEntity(seq, entity);
    }
    for (int i = 0; i < analyzed.times().size(); i++) {
      addTime(seq, i, analyzed.times().get(i));
    }
    statementRows.add(seq, analyzed);
  }

  private void addArticle(long seq, long batch, StoreItem item) throws SQLException {
    Article a = item.analyzed().article();
    new Params(articles).number(seq).text(a.id()).text(item.origin()).text(a.source())
        .text(a.url()).text(a.title()).text(a.published()).text(a.modified()).text(a.section())
        .text(a.siteName()).text(a.byline()).number(a.readingTimeMinutes())
        .text(a.dateline().map(d -> d.text())).text(a.dateline().flatMap(d -> d.place()))
        .text(a.dateline().flatMap(d -> d.countryCode()))
        .text(a.dateline().flatMap(d -> d.agency()))
        .text(DossierJson.toJsonLine(a.captions())).text(a.language()).text(a.text())
        .text(item.analyzed().schemaVersion()).number(batch).add();
  }

  private void addEntity(long seq, Entity e) throws SQLException {
    List<RoleRow> roles = e.roles().stream()
        .map(r -> new RoleRow(r.title(), r.countryCode().orElse(null))).toList();
    new Params(entities).number(seq).text(e.id()).text(e.name()).text(e.type().name())
        .text(e.countryCode()).decimal(e.location().map(p -> p.lat()))
        .decimal(e.location().map(p -> p.lon())).text(DossierJson.toJsonLine(roles))
        .number(e.mentions().size()).add();
    for (Mention m : e.mentions()) {
      new Params(mentions).number(seq).text(e.id()).number(m.start()).number(m.end())
          .text(m.text()).add();
    }
  }

  private void addTime(long seq, int ordinal, TimeExpression t) throws SQLException {
    new Params(times).number(seq).number(ordinal).text(t.text()).text(t.type().name())
        .text(t.value()).text(t.anchor()).number(t.start()).number(t.end()).add();
  }

  /** Sends every queued row. */
  void execute() throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.close();
    }
  }

  /** A role as stored: the JSON shape of the {@code roles} struct. */
  private record RoleRow(String title, @JsonProperty("country_code") String countryCode) {
  }
}
