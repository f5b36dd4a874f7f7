package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A named body: intergovernmental organization, government agency, party or armed group.
 *
 * @param id a Wikidata QID or a stable local id ({@code dossier:org:<slug>})
 * @param countryCode the country it belongs to; empty for international bodies
 */
public record Organization(String id, String name, List<String> aliases, OrganizationKind kind,
    Optional<String> countryCode) {

  public Organization {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    requireNonNull(kind, "kind");
    requireNonNull(countryCode, "countryCode");
  }

  /** The name followed by the aliases. */
  public List<String> names() {
    String[] names = new String[aliases.size() + 1];
    names[0] = name;
    for (int i = 1; i < names.length; i++) {
      names[i] = aliases.get(i - 1);
    }
    return List.of(names);
  }
}
