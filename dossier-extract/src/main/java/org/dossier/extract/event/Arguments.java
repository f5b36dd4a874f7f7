package org.dossier.extract.event;

import java.util.List;

/**
 * Who did it and to whom, as read for one predicate; {@code targets} may hold places standing
 * for their country when no actor is the target ("lifted a curfew in Montenegro").
 */
record Arguments(List<Actor> sources, List<Actor> targets) {

  Arguments {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  static Arguments of(List<Actor> sources, List<Actor> targets) {
    List<Actor> distinct = targets.stream()
        .filter(t -> sources.stream().noneMatch(t::sameAs)).toList();
    return new Arguments(sources, distinct);
  }
}
