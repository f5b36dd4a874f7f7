package org.dossier.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.knowledge.Place;
import org.dossier.knowledge.PlaceKind;

/**
 * Finds places by name or alias, best candidate first; immutable and thread-safe.
 *
 * <p>Curated places come before imported ones ({@code geonames:} ids), because an import's many
 * alternate names would otherwise let a large foreign city outrank the place the press means.
 * Among imported places, a match on the name beats a match on an alternate name. Then capitals
 * come first, then cities and landmarks, then regions and countries, each by population.
 */
public final class Gazetteer {
  /** How close an imported place must be to a curated one of the same name to be the same. */
  private static final double SAME_PLACE_KM = 20;
  private static final String IMPORTED_PREFIX = "geonames:";

  private final List<Place> places;
  private final Map<String, List<Place>> byKey;

  private Gazetteer(List<Place> places) {
    this.places = List.copyOf(places);
    Map<String, List<Candidate>> candidates = new HashMap<>();
    for (Place place : this.places) {
      List<String> names = place.names();
      for (int i = 0; i < names.size(); i++) {
        String key = NameKey.of(names.get(i));
        if (key.isEmpty()) {
          continue;
        }
        List<Candidate> list = candidates.computeIfAbsent(key, k -> new ArrayList<>(1));
        // Names are listed name first, so a place already here came in by an earlier name.
        if (list.isEmpty() || list.get(list.size() - 1).place != place) {
          list.add(new Candidate(place, i > 0));
        }
      }
    }
    Map<String, List<Place>> ranked = new HashMap<>(candidates.size() * 4 / 3 + 1);
    for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
      List<Candidate> list = entry.getValue();
      list.sort(Candidate.BEST_FIRST);
      Place[] best = new Place[list.size()];
      for (int i = 0; i < best.length; i++) {
        best[i] = list.get(i).place;
      }
      ranked.put(entry.getKey(), List.of(best));
    }
    this.byKey = ranked;
  }

  /** A gazetteer of the given places. */
  public static Gazetteer of(List<Place> places) {
    return new Gazetteer(places);
  }

  /**
   * The imported places that are not already among {@code curated}: same country, a shared name
   * and within {@value #SAME_PLACE_KM} km of a curated place means the curated one is kept.
   */
  public static List<Place> newPlaces(List<Place> curated, List<Place> imported) {
    Gazetteer known = new Gazetteer(curated);
    List<Place> fresh = new ArrayList<>(imported.size());
    for (Place place : imported) {
      if (!known.hasSamePlace(place)) {
        fresh.add(place);
      }
    }
    return fresh;
  }

  private boolean hasSamePlace(Place place) {
    for (String name : place.names()) {
      for (Place same : find(name)) {
        if (same.countryCode().equals(place.countryCode())
            && same.distanceKm(place.lat(), place.lon()) <= SAME_PLACE_KM) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every place with that name or alias, best first. */
  public List<Place> find(String name) {
    return byKey.getOrDefault(NameKey.of(name), List.of());
  }

  /** All places, curated first. */
  public List<Place> all() {
    return places;
  }

  private record Candidate(Place place, boolean byAlias) {
    static final Comparator<Candidate> BEST_FIRST = Comparator
        .comparing((Candidate c) -> c.place.id().startsWith(IMPORTED_PREFIX))
        .thenComparing(c -> c.place.id().startsWith(IMPORTED_PREFIX) && c.byAlias)
        .thenComparingInt(c -> kindRank(c.place.kind()))
        .thenComparing(Comparator.comparingLong((Candidate c) -> c.place.population()).reversed());

    private static int kindRank(PlaceKind kind) {
      return switch (kind) {
        case CAPITAL -> 0;
        case CITY, LANDMARK -> 1;
        case REGION -> 2;
        case COUNTRY -> 3;
      };
    }
  }
}
