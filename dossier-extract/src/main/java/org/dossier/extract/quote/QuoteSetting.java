package org.dossier.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.extract.text.ClauseReader;
import org.dossier.extract.text.DependencyTree;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.TimeExpression;
import org.dossier.nlp.Token;

/**
 * Reads where and when a statement was made from the clause of its cue: a medium named there
 * ("wrote on X", "in his Truth Social post") or a channel noun ("in a statement"), and a date
 * expression that belongs to the cue verb rather than to another clause of the sentence.
 */
final class QuoteSetting {

  private final SpeechLexicon lexicon;
  private final ClauseReader clauses;

  QuoteSetting(SpeechLexicon lexicon, ClauseReader clauses) {
    this.lexicon = lexicon;
    this.clauses = clauses;
  }

  /** A medium or channel noun in the cue's own clause. */
  Optional<String> channel(DependencyTree tree, ResolvedEntities entities, Token cue) {
    for (var entry : entities.mentionsInOrder()) {
      Entity e = entry.getValue();
      Mention m = entry.getKey();
      if (e.type() == EntityType.MEDIA && clauses.belongsTo(tree, m.start(), m.end(), cue)) {
        return Optional.of(e.name());
      }
    }
    for (Token t : tree.subtree(cue)) {
      if (t.isNoun() && lexicon.isChannelNoun(t.lemma()) && clauses.clauseOf(tree, t) == cue.index()) {
        return Optional.of(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  /** A calendar date said of the cue verb ("wrote on X in January"). */
  Optional<String> date(DependencyTree tree, List<TimeExpression> times, Token cue) {
    return clauses.dateOf(tree, times, cue);
  }
}
