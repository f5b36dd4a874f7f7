package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A named place with its country and, when known, its coordinates. */
public record Place(String name, Optional<String> countryCode, Optional<Double> lat,
    Optional<Double> lon) {

  public Place {
    requireNonNull(name, "name");
    requireNonNull(countryCode, "countryCode");
    requireNonNull(lat, "lat");
    requireNonNull(lon, "lon");
  }
}
