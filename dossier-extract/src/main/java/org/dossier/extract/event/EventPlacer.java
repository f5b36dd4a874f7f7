package org.dossier.extract.event;

import java.util.Map;
import java.util.Optional;
import org.dossier.extract.text.ClauseReader;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.nlp.Token;

/**
 * Places an event: a named place of its clause or of its noun's phrase ("meeting … in the White
 * House", "the Omani capital of Muscat hosted"), else a country it happened in ("demonstrated in
 * Serbia"), else the article's dateline place, geocoded by the knowledge base, for an event of
 * about the publication date. Thread-safe.
 */
final class EventPlacer {

  /** How many days from the publication an event may lie and still happen at the dateline. */
  private static final int DATELINE_DAYS = 7;

  private final KnowledgeBase knowledge;
  private final ClauseReader clauses;

  EventPlacer(KnowledgeBase knowledge, ClauseReader clauses) {
    this.knowledge = knowledge;
    this.clauses = clauses;
  }

  /** Where the sentence itself places the event, if it does. */
  Optional<Place> inSentence(CodingContext ctx, Predicate p) {
    Optional<Place> country = Optional.empty();
    for (Map.Entry<Mention, Entity> entry : ctx.entities().mentionsInOrder()) {
      Entity e = entry.getValue();
      Mention m = entry.getKey();
      if ((e.type() != EntityType.LOCATION && e.type() != EntityType.COUNTRY) || !of(ctx, p, m)) {
        continue;
      }
      if (e.type() == EntityType.LOCATION) {
        return Optional.of(new Place(e.name(), e.countryCode(), e.location().map(l -> l.lat()),
            e.location().map(l -> l.lon())));
      }
      if (country.isEmpty() && isIn(ctx, m)) {
        country = Optional.of(new Place(e.name(), e.countryCode(), Optional.empty(),
            Optional.empty()));
      }
    }
    return country;
  }

  private boolean of(CodingContext ctx, Predicate p, Mention m) {
    var tokens = ctx.in().parsed().tokensIn(m.start(), m.end());
    if (tokens.isEmpty() || tokens.get(0).sentence() != p.trigger().sentence()) {
      return false;
    }
    Token last = tokens.get(tokens.size() - 1);
    boolean inPhrase = p.noun().map(n -> ctx.tree().dominates(n, last)).orElse(false);
    return inPhrase || p.isVerbal() && clauses.belongsTo(ctx.tree(), m.start(), m.end(), p.trigger());
  }

  // A country is where it happened only when introduced as such: "in Serbia", not "Serbia's".
  private static boolean isIn(CodingContext ctx, Mention m) {
    var tokens = ctx.in().parsed().tokensIn(m.start(), m.end());
    Token head = tokens.get(tokens.size() - 1);
    String kase = ctx.caseOf(head);
    return kase.equals("in") || kase.equals("inside") || kase.equals("across");
  }

  /**
   * The article's dateline place, geocoded, for an event of about the publication date: a story
   * datelined Erbil does not place the 2003 invasion of Iraq, or last June's air strikes, in Erbil.
   */
  Optional<Place> dateline(CodingContext ctx, EventDate date) {
    boolean reportedFromThere = !date.fromText() || ctx.in().article().published()
        .map(day -> date.near(day, DATELINE_DAYS)).orElse(true);
    if (!reportedFromThere) {
      return Optional.empty();
    }
    return ctx.in().article().dateline().flatMap(d -> d.place().map(name -> knowledge
        .place(name, d.countryCode())
        .map(p -> new Place(p.name(), Optional.of(p.countryCode()), Optional.of(p.lat()),
            Optional.of(p.lon())))
        .orElse(new Place(name, d.countryCode(), Optional.empty(), Optional.empty()))));
  }
}
