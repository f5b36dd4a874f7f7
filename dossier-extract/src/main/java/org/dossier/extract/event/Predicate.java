package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dossier.nlp.Token;

/**
 * A word that reports an event, as the dictionary coded it: a verb ("attacked"), a light or
 * undergoing verb with its event noun ("held talks", "faced a crackdown"), or a noun alone
 * ("the 2003 US-led invasion of Iraq").
 *
 * @param trigger the verb, or the noun of a nominal event
 * @param noun the event noun of a light, undergoing or nominal event
 */
record Predicate(Kind kind, Token trigger, Optional<Token> noun, EventType type) {

  enum Kind { VERB, LIGHT, UNDERGO, NOUN }

  Predicate {
    requireNonNull(kind, "kind");
    requireNonNull(trigger, "trigger");
    requireNonNull(noun, "noun");
    requireNonNull(type, "type");
  }

  boolean isVerbal() {
    return kind != Kind.NOUN;
  }
}
