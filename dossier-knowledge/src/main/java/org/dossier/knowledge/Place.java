package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A named place with its country, kind, coordinates and population.
 *
 * @param id a Wikidata QID, {@code geonames:<id>} for imported places, or a stable local id
 *     ({@code dossier:place:<cc>:<slug>})
 * @param countryCode ISO 3166-1 alpha-2 code of the country the place is in
 * @param population approximate; 0 when unknown or not meaningful (landmarks)
 */
public record Place(String id, String name, List<String> aliases, String countryCode,
    PlaceKind kind, double lat, double lon, long population, Optional<String> qid) {

  private static final double EARTH_RADIUS_KM = 6371.0;

  public Place {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    requireNonNull(countryCode, "countryCode");
    requireNonNull(kind, "kind");
    requireNonNull(qid, "qid");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("bad coordinates " + lat + "," + lon + " for " + name);
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

  /** Great-circle distance in kilometres from this place to the given point (haversine). */
  public double distanceKm(double otherLat, double otherLon) {
    double dLat = Math.toRadians(otherLat - lat);
    double dLon = Math.toRadians(otherLon - lon);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(otherLat))
        * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
