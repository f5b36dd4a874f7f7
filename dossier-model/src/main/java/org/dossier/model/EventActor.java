package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The source or target of an event: a canonical entity, its country and its sector. */
public record EventActor(
    String entityId, String name, Optional<String> countryCode, Optional<String> sector) {

  public EventActor {
    requireNonNull(entityId, "entityId");
    requireNonNull(name, "name");
    requireNonNull(countryCode, "countryCode");
    requireNonNull(sector, "sector");
  }
}
