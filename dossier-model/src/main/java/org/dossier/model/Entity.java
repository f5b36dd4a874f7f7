package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A canonical person, organization or place an article talks about, with every mention of it.
 * The id is a Wikidata QID when the knowledge base knows the entity, otherwise a stable local id.
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    Optional<String> countryCode,
    Optional<GeoPoint> location,
    List<Role> roles,
    List<Mention> mentions) {

  public Entity {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(countryCode, "countryCode");
    requireNonNull(location, "location");
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
