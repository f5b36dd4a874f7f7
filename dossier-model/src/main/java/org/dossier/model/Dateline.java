package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The place line that opens a news story ("ERBIL, Kurdistan Region of Iraq -"): its text without
 * the trailing dash, the place it names and that place's ISO 3166-1 alpha-2 country code.
 */
public record Dateline(String text, Optional<String> place, Optional<String> countryCode,
    Optional<String> agency) {

  public Dateline {
    requireNonNull(text, "text");
    requireNonNull(place, "place");
    requireNonNull(countryCode, "countryCode");
    requireNonNull(agency, "agency");
  }
}
