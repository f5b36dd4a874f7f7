package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a descriptive phrase in the press ("top diplomat", "premier", "emir") refers to.
 *
 * @param office the office the phrase names
 * @param title when present, the phrase names only holders with this title: "president" means
 *     the holder titled "President", whatever office that is in a given country
 */
public record OfficeDescriptor(String phrase, Office office, Optional<String> title) {

  public OfficeDescriptor {
    requireNonNull(phrase, "phrase");
    requireNonNull(office, "office");
    requireNonNull(title, "title");
  }
}
