package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

import org.dossier.model.EventActor;
import org.dossier.nlp.Token;

/**
 * An actor read from the text: the event actor, the word that named it, and whether it is a
 * place standing for its country ("shelled targets in Jericho").
 */
record Actor(EventActor actor, Token head, boolean place) {

  Actor {
    requireNonNull(actor, "actor");
    requireNonNull(head, "head");
  }

  /** A group of no known country ("troops", "officials"): a target only when nothing better is. */
  boolean weak() {
    return actor.countryCode().isEmpty() && actor.entityId().startsWith("dossier:group:");
  }

  /** The same entity in the same sector: Iran's government and Iran's protesters differ. */
  boolean sameAs(Actor other) {
    return actor.entityId().equals(other.actor.entityId())
        && actor.sector().equals(other.actor.sector());
  }
}
