package org.dossier.store.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.TimeExpression;
import org.dossier.store.StoreItem;

/**
 * Collects the rows of analyzed articles — the article, its entities and their mentions, its
 * time expressions, quotes and events — and inserts them table by table. Used inside the batch
 * transaction.
 */
final class RowInserter {

  private final TableRows articles = new TableRows("articles", 22);
  private final TableRows entities = new TableRows("article_entities", 9);
  private final TableRows mentions = new TableRows("mentions", 5);
  private final TableRows times = new TableRows("times", 8);
  private final StatementRows statements = new StatementRows();

  private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);

  /** Collects the rows of {@code item} under article number {@code seq}. */
  void add(long seq, long batch, StoreItem item) {
    AnalyzedArticle analyzed = item.analyzed();
    addArticle(seq, batch, item);
    for (Entity entity : analyzed.entities()) {
      addEntity(seq, entity);
    }
    for (int i = 0; i < analyzed.times().size(); i++) {
      addTime(seq, i, analyzed.times().get(i));
    }
    statements.add(seq, analyzed);
  }

  private void addArticle(long seq, long batch, StoreItem item) {
    Article a = item.analyzed().article();
    articles.value(seq).value(a.id()).value(item.origin()).value(a.source()).value(a.url())
        .value(a.title()).value(a.published()).value(a.modified()).value(a.section())
        .value(a.siteName())
        .value(a.byline()).value(a.readingTimeMinutes()).value(a.dateline().map(d -> d.text()))
        .value(a.dateline().flatMap(d -> d.place()))
        .value(a.dateline().flatMap(d -> d.countryCode()))
        .value(a.dateline().flatMap(d -> d.agency())).value(a.captions()).value(a.language())
        .value(a.text()).value(item.analyzed().schemaVersion()).value(batch).value(now)
        .endRow();
  }

  private void addEntity(long seq, Entity e) {
    List<RoleRow> roles = e.roles().stream()
        .map(r -> new RoleRow(r.title(), r.countryCode().orElse(null))).toList();
    entities.value(seq).value(e.id()).value(e.name()).value(e.type().name())
        .value(e.countryCode()).value(e.location().map(p -> p.lat()))
        .value(e.location().map(p -> p.lon())).value(DossierJson.toJsonLine(roles))
        .value(e.mentions().size()).endRow();
    for (Mention m : e.mentions()) {
      mentions.value(seq).value(e.id()).value(m.start()).value(m.end()).value(m.text()).endRow();
    }
  }

  private void addTime(long seq, int ordinal, TimeExpression t) {
    times.value(seq).value(ordinal).value(t.text()).value(t.type().name()).value(t.value())
        .value(t.anchor()).value(t.start()).value(t.end()).endRow();
  }

  /** Inserts every collected row. */
  void insert(Connection connection) throws SQLException {
    articles.insert(connection);
    entities.insert(connection);
    mentions.insert(connection);
    times.insert(connection);
    statements.insert(connection);
  }

  /** A role as stored: the JSON shape of the {@code roles} struct. */
  private record RoleRow(String title, @JsonProperty("country_code") String countryCode) {
  }
}
