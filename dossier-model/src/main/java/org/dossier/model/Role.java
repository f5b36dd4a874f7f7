package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An office or position an entity held at the article's date ("President" of "US"). */
public record Role(String title, Optional<String> countryCode) {

  public Role {
    requireNonNull(title, "title");
    requireNonNull(countryCode, "countryCode");
  }
}
