package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A country or territory of ISO 3166-1 (plus Kosovo, {@code XK}) with its names and demonyms.
 *
 * @param aliases other names the press uses: short, formal, former and abbreviated forms
 * @param demonyms adjective and people forms ("Iranian", "Iranians")
 */
public record Country(String iso2, String iso3, Optional<String> qid, String name,
    List<String> aliases, List<String> demonyms, Optional<Place> capital) {

  public Country {
    requireNonNull(iso2, "iso2");
    requireNonNull(iso3, "iso3");
    requireNonNull(qid, "qid");
    requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    requireNonNull(capital, "capital");
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
