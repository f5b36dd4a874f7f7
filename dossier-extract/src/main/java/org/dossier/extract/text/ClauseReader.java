package org.dossier.extract.text;

import java.util.List;
import java.util.Optional;
import org.dossier.model.TimeExpression;
import org.dossier.nlp.Token;

/**
 * Tells which clause a stretch of text belongs to — the nearest verb above it in the parse — so
 * a date or place is read as said of a verb ("wrote on X in January") and not of another clause
 * of the same sentence ("citing the campaign in June 2025"). Thread-safe.
 */
public final class ClauseReader {

  private static final int MAX_HOPS = 12;

  /** Whether the text at {@code [start, end)} belongs to the clause of {@code verb}. */
  public boolean belongsTo(DependencyTree tree, int start, int end, Token verb) {
    List<Token> tokens = tree.parsed().tokensIn(start, end);
    return !tokens.isEmpty() && tokens.get(0).sentence() == verb.sentence()
        && clauseOf(tree, tokens.get(tokens.size() - 1)) == verb.index();
  }

  /** The calendar date said of {@code verb}, the nearest if several. */
  public Optional<String> dateOf(DependencyTree tree, List<TimeExpression> times, Token verb) {
    TimeExpression best = null;
    for (TimeExpression t : times) {
      if (t.calendarDate().isEmpty()) {
        continue;
      }
      if (belongsTo(tree, t.start(), t.end(), verb) && (best == null
          || Math.abs(t.start() - verb.start()) < Math.abs(best.start() - verb.start()))) {
        best = t;
      }
    }
    return Optional.ofNullable(best).flatMap(TimeExpression::calendarDate);
  }

  /** The index of the nearest verb above {@code t}: the clause it belongs to. */
  public int clauseOf(DependencyTree tree, Token t) {
    Token cur = t;
    for (int hops = 0; hops < MAX_HOPS && !cur.isRoot(); hops++) {
      cur = tree.token(cur.head());
      if (cur.isVerb()) {
        return cur.index();
      }
    }
    return cur.index();
  }
}
