package org.dossier.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.text.ClauseReader;
import org.dossier.model.TimeExpression;
import org.dossier.nlp.Token;

/**
 * Dates an event from the text: a date inside the event noun's phrase ("the 2003 invasion",
 * "the campaign in June 2025"), else the date said of its clause, else that of the clause it
 * hangs on ("disrupted in June 2025 when Israel launched …"); the publication date only as a
 * fallback, flagged as such. Thread-safe.
 */
final class EventDater {

  private static final Set<String> CLIMBS = Set.of("advcl", "conj", "xcomp", "acl", "acl:relcl",
      "dep");
  private static final int MAX_HOPS = 2;

  private final ClauseReader clauses;

  EventDater(ClauseReader clauses) {
    this.clauses = clauses;
  }

  EventDate date(CodingContext ctx, Predicate p) {
    Optional<String> inPhrase = p.noun().flatMap(n -> within(ctx, n));
    if (inPhrase.isPresent()) {
      return new EventDate(inPhrase.get(), true);
    }
    Token cur = p.isVerbal() || p.trigger().isRoot() ? p.trigger() : ctx.head(p.trigger());
    for (int hops = 0; hops <= MAX_HOPS; hops++) {
      Optional<String> said = clauses.dateOf(ctx.tree(), ctx.in().times(), cur);
      if (said.isPresent()) {
        return new EventDate(said.get(), true);
      }
      if (cur.isRoot() || !CLIMBS.contains(cur.relation())) {
        break;
      }
      cur = ctx.head(cur);
    }
    return new EventDate(ctx.in().article().published().map(Object::toString).orElse("XXXX-XX-XX"),
        false);
  }

  private static Optional<String> within(CodingContext ctx, Token noun) {
    List<TimeExpression> times = ctx.in().times();
    for (TimeExpression t : times) {
      if (t.calendarDate().isEmpty()) {
        continue;
      }
      List<Token> tokens = ctx.in().parsed().tokensIn(t.start(), t.end());
      if (!tokens.isEmpty() && tokens.get(0).sentence() == noun.sentence()
          && tokens.stream().anyMatch(x -> x.index() != noun.index()
              && ctx.tree().dominates(noun, x))) {
        return t.calendarDate();
      }
    }
    return Optional.empty();
  }
}
