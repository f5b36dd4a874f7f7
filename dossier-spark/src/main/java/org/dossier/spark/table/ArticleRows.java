package org.dossier.spark.table;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Entity;
import org.dossier.model.EventActor;
import org.dossier.model.Mention;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimexDay;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows of one analyzed article in each {@link OutputTable}, column for column as the store
 * writes them; absent values are nulls.
 */
public final class ArticleRows {

  private final AnalyzedArticle analyzed;
  private final String origin;
  private final String contractJson;
  private final String id;
  private final Optional<LocalDate> published;
  private final String partition;

  private ArticleRows(AnalyzedArticle analyzed, String origin, String contractJson) {
    this.analyzed = analyzed;
    this.origin = origin;
    this.contractJson = contractJson;
    this.id = analyzed.article().id();
    this.published = analyzed.article().published();
    this.partition = published.map(LocalDate::toString).orElse(OutputTable.UNDATED);
  }

  /** The rows of the article whose contract JSON is {@code contractJson}. */
  public static ArticleRows of(String contractJson, String origin) {
    return new ArticleRows(DossierJson.read(contractJson, AnalyzedArticle.class), origin,
        contractJson);
  }

  public List<Row> rows(OutputTable table) {
    return switch (table) {
      case ARTICLES -> List.of(article());
      case ENTITIES -> analyzed.entities().stream().map(this::entity).toList();
      case MENTIONS -> mentions();
      case QUOTES -> quotes();
      case EVENTS -> events();
      case TIMES -> times();
    };
  }

  private Row article() {
    Article a = analyzed.article();
    return row(a.id(), origin, a.source(), a.url(), a.title(), a.published(), a.modified(),
        a.section(), a.siteName(), a.byline(), a.readingTimeMinutes(),
        a.dateline().map(d -> d.text()), a.dateline().flatMap(d -> d.place()),
        a.dateline().flatMap(d -> d.countryCode()), a.dateline().flatMap(d -> d.agency()),
        CollectionConverters.asScala(a.captions()).toSeq(), a.language(), a.text(),
        analyzed.schemaVersion(), contractJson);
  }

  private Row entity(Entity e) {
    List<RoleColumn> roles = e.roles().stream()
        .map(r -> new RoleColumn(r.title(), r.countryCode().orElse(null))).toList();
    return row(id, e.id(), e.name(), e.type().name(), e.countryCode(),
        e.location().map(p -> p.lat()), e.location().map(p -> p.lon()),
        DossierJson.toJsonLine(roles), e.mentions().size());
  }

  private List<Row> mentions() {
    List<Row> rows = new ArrayList<>();
    for (Entity e : analyzed.entities()) {
      for (Mention m : e.mentions()) {
        rows.add(row(id, e.id(), m.start(), m.end(), m.text()));
      }
    }
    return rows;
  }

  private List<Row> quotes() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < analyzed.quotes().size(); i++) {
      Quote q = analyzed.quotes().get(i);
      Optional<LocalDate> day = q.date().flatMap(TimexDay::of).or(() -> published);
      rows.add(row(id, i, q.text(), q.kind().label(), q.speaker().map(s -> s.entityId()),
          q.speaker().map(s -> s.name()), q.speaker().map(s -> s.mention().start()),
          q.speaker().map(s -> s.mention().end()), q.speaker().map(s -> s.mention().text()),
          q.cue(), q.channel(), q.date(), day, q.occurrences(), q.start(), q.end(),
          q.confidence()));
    }
    return rows;
  }

  private List<Row> events() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < analyzed.events().size(); i++) {
      PoliticalEvent e = analyzed.events().get(i);
      Optional<LocalDate> day = TimexDay.of(e.date()).or(() -> published);
      Optional<EventActor> target = e.target();
      rows.add(row(id, i, e.code(), e.cameo(), e.mode(), (byte) e.quadClass(),
          e.source().entityId(), e.source().name(), e.source().countryCode(),
          e.source().sector(), target.map(EventActor::entityId), target.map(EventActor::name),
          target.flatMap(EventActor::countryCode), target.flatMap(EventActor::sector),
          e.location().map(l -> l.name()), e.location().flatMap(l -> l.countryCode()),
          e.location().flatMap(l -> l.lat()), e.location().flatMap(l -> l.lon()), e.date(), day,
          e.dateFromText(), e.sentence(), e.start(), e.end(), e.confidence(), e.quoteRef()));
    }
    return rows;
  }

  private List<Row> times() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < analyzed.times().size(); i++) {
      TimeExpression t = analyzed.times().get(i);
      rows.add(row(id, i, t.text(), t.type().name(), t.value(), t.anchor(), t.start(),
          t.end()));
    }
    return rows;
  }

  /** A row of {@code values} (Optionals unwrapped, dates as SQL dates), then the partition. */
  private Row row(Object... values) {
    Object[] columns = new Object[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      Object value = values[i] instanceof Optional<?> o ? o.orElse(null) : values[i];
      columns[i] = value instanceof LocalDate d ? Date.valueOf(d) : value;
    }
    columns[values.length] = partition;
    return RowFactory.create(columns);
  }

  /** A role as stored: the JSON shape of the store's {@code roles} column. */
  private record RoleColumn(String title,
      @JsonProperty("country_code") String countryCode) {
  }
}
