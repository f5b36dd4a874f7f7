package org.dossier.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.EventActor;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;

/**
 * Queues the quote and event rows of an article. Each gets a {@code day} to sort timelines by:
 * the day its own date names, or else the article's publication date.
 */
final class StatementRows {

  static final String QUOTE = "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
      + " ?::DATE, ?, ?, ?, ?)";
  static final String EVENT = "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
      + " ?, ?, ?, ?, ?, ?, ?::DATE, ?, ?, ?, ?, ?, ?)";

  private final PreparedStatement quotes;
  private final PreparedStatement events;

  StatementRows(PreparedStatement quotes, PreparedStatement events) {
    this.quotes = quotes;
    this.events = events;
  }

  void add(long seq, AnalyzedArticle analyzed) throws SQLException {
    Optional<LocalDate> published = analyzed.article().published();
    for (int i = 0; i < analyzed.quotes().size(); i++) {
      addQuote(seq, i, analyzed.quotes().get(i), published);
    }
    for (int i = 0; i < analyzed.events().size(); i++) {
      addEvent(seq, i, analyzed.events().get(i), published);
    }
  }

  private void addQuote(long seq, int ordinal, Quote q, Optional<LocalDate> published)
      throws SQLException {
    Optional<LocalDate> day = q.date().flatMap(TimexDay::of).or(() -> published);
    new Params(quotes).number(seq).number(ordinal).text(q.text()).text(q.kind().label())
        .text(q.speaker().map(s -> s.entityId())).text(q.speaker().map(s -> s.name()))
        .number(q.speaker().map(s -> s.mention().start()))
        .number(q.speaker().map(s -> s.mention().end()))
        .text(q.speaker().map(s -> s.mention().text())).text(q.cue()).text(q.channel())
        .text(q.date()).text(day).number(q.occurrences()).number(q.start()).number(q.end())
        .decimal(q.confidence()).add();
  }

  private void addEvent(long seq, int ordinal, PoliticalEvent e, Optional<LocalDate> published)
      throws SQLException {
    Optional<LocalDate> day = TimexDay.of(e.date()).or(() -> published);
    Optional<EventActor> target = e.target();
    new Params(events).number(seq).number(ordinal).text(e.code()).text(e.cameo()).text(e.mode())
        .number(e.quadClass()).text(e.source().entityId()).text(e.source().name())
        .text(e.source().countryCode()).text(e.source().sector())
        .text(target.map(EventActor::entityId)).text(target.map(EventActor::name))
        .text(target.flatMap(EventActor::countryCode)).text(target.flatMap(EventActor::sector))
        .text(e.location().map(l -> l.name())).text(e.location().flatMap(l -> l.countryCode()))
        .decimal(e.location().flatMap(l -> l.lat())).decimal(e.location().flatMap(l -> l.lon()))
        .text(e.date()).text(day).flag(e.dateFromText()).text(e.sentence()).number(e.start())
        .number(e.end()).decimal(e.confidence()).number(e.quoteRef()).add();
  }
}
