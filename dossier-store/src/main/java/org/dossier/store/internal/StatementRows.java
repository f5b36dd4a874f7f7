package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.EventActor;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;
import org.dossier.model.TimexDay;

/**
 * Collects the quote and event rows of articles. Each gets a {@code day} to sort timelines by:
 * the day its own date names, or else the article's publication date.
 */
final class StatementRows {

  private final TableRows quotes = new TableRows("quotes", 17);
  private final TableRows events = new TableRows("events", 26);

  void add(long seq, AnalyzedArticle analyzed) {
    Optional<LocalDate> published = analyzed.article().published();
    for (int i = 0; i < analyzed.quotes().size(); i++) {
      addQuote(seq, i, analyzed.quotes().get(i), published);
    }
    for (int i = 0; i < analyzed.events().size(); i++) {
      addEvent(seq, i, analyzed.events().get(i), published);
    }
  }

  private void addQuote(long seq, int ordinal, Quote q, Optional<LocalDate> published) {
    Optional<LocalDate> day = q.date().flatMap(TimexDay::of).or(() -> published);
    quotes.value(seq).value(ordinal).value(q.text()).value(q.kind().label())
        .value(q.speaker().map(s -> s.entityId())).value(q.speaker().map(s -> s.name()))
        .value(q.speaker().map(s -> s.mention().start()))
        .value(q.speaker().map(s -> s.mention().end()))
        .value(q.speaker().map(s -> s.mention().text())).value(q.cue()).value(q.channel())
        .value(q.date()).value(day).value(q.occurrences())
        .value(q.start()).value(q.end()).value(q.confidence()).endRow();
  }

  private void addEvent(long seq, int ordinal, PoliticalEvent e, Optional<LocalDate> published) {
    Optional<LocalDate> day = TimexDay.of(e.date()).or(() -> published);
    Optional<EventActor> target = e.target();
    events.value(seq).value(ordinal).value(e.code()).value(e.cameo()).value(e.mode())
        .value((byte) e.quadClass()).value(e.source().entityId()).value(e.source().name())
        .value(e.source().countryCode()).value(e.source().sector())
        .value(target.map(EventActor::entityId)).value(target.map(EventActor::name))
        .value(target.flatMap(EventActor::countryCode)).value(target.flatMap(EventActor::sector))
        .value(e.location().map(l -> l.name())).value(e.location().flatMap(l -> l.countryCode()))
        .value(e.location().flatMap(l -> l.lat())).value(e.location().flatMap(l -> l.lon()))
        .value(e.date()).value(day).value(e.dateFromText())
        .value(e.sentence()).value(e.start()).value(e.end()).value(e.confidence())
        .value(e.quoteRef()).endRow();
  }

  void insert(Connection connection) throws SQLException {
    quotes.insert(connection);
    events.insert(connection);
  }
}
