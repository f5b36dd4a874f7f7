package org.dossier.model;

import static java.util.Objects.requireNonNull;

/**
 * Who said a quote: the canonical entity and the mention in the text that attributes it
 * (the name, title or descriptor the writer used), kept as evidence.
 */
public record Speaker(String entityId, String name, Mention mention) {

  public Speaker {
    requireNonNull(entityId, "entityId");
    requireNonNull(name, "name");
    requireNonNull(mention, "mention");
  }
}
