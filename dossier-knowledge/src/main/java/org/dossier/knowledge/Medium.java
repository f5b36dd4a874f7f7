package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * A channel through which people are quoted: a social platform, news agency, broadcaster or
 * newspaper.
 *
 * @param id a Wikidata QID or a stable local id ({@code dossier:medium:<slug>})
 * @param kind one of {@link #KINDS}
 */
public record Medium(String id, String name, List<String> aliases, String kind) {

  /** The kinds a medium may have. */
  public static final Set<String> KINDS =
      Set.of("SOCIAL_PLATFORM", "NEWS_AGENCY", "BROADCASTER", "NEWSPAPER");

  public Medium {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    requireNonNull(kind, "kind");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown medium kind '" + kind + "', expected " + KINDS);
    }
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
