package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

import java.util.List;
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

  /**
   * A group of no known country and no name ("troops", "officials"): a target only when nothing
   * better is, and no source at all. "Ethnic Turks" are named.
   */
  boolean weak() {
    return actor.countryCode().isEmpty() && actor.entityId().startsWith("dossier:group:")
        && actor.name().chars().noneMatch(Character::isUpperCase)
        && !actor.sector().equals(java.util.Optional.of("UAF"));
  }

  /** The actors of a list that are not places. */
  static List<Actor> notPlaces(List<Actor> found) {
    return found.stream().filter(a -> !a.place()).toList();
  }

  /** The actors of a list that are not weak groups. */
  static List<Actor> strong(List<Actor> found) {
    return found.stream().filter(a -> !a.weak()).toList();
  }

  /** The same entity in the same sector: Iran's government and Iran's protesters differ. */
  boolean sameAs(Actor other) {
    return actor.entityId().equals(other.actor.entityId())
        && actor.sector().equals(other.actor.sector());
  }
}
