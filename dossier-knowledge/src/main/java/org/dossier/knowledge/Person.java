package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A person the knowledge base knows by name, usually an office holder.
 *
 * @param id the Wikidata QID, or a stable local id ({@code dossier:person:<slug>}) when the QID is
 *     not known
 * @param aliases other spellings, transliterations and fuller forms of the name
 * @param countryCode the country the person serves or belongs to
 */
public record Person(String id, String name, List<String> aliases, Optional<String> countryCode) {

  public Person {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
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
