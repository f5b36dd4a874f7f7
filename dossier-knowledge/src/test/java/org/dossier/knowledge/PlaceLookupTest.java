package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceLookupTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();

  @Test
  void findsWhiteHouseAsLandmarkInUs() {
    Place whiteHouse = assertPlace("the White House", "US", PlaceKind.LANDMARK);
    assertThat(whiteHouse.lat()).isCloseTo(38.8977, within(0.001));
    assertThat(whiteHouse.lon()).isCloseTo(-77.0365, within(0.001));
  }

  @Test
  void findsLandmarksThePressNamesBySite() {
    assertPlace("the Kremlin", "RU", PlaceKind.LANDMARK);
    assertPlace("Downing Street", "GB", PlaceKind.LANDMARK);
    assertPlace("the Elysee", "FR", PlaceKind.LANDMARK);
    assertPlace("Mar-a-Lago", "US", PlaceKind.LANDMARK);
    assertPlace("Camp David", "US", PlaceKind.LANDMARK);
    assertPlace("Fordow", "IR", PlaceKind.LANDMARK);
  }

  @Test
  void findsErbilInIraq() {
    Place erbil = assertPlace("Erbil", "IQ", PlaceKind.CITY);
    assertThat(KB.places("Arbil")).first().isEqualTo(erbil);
    assertThat(KB.places("Hawler")).first().isEqualTo(erbil);
    assertThat(erbil.lat()).isCloseTo(36.19, within(0.05));
  }

  @Test
  void findsKurdistanRegionOfIraqAsRegion() {
    Place region = assertPlace("Kurdistan Region of Iraq", "IQ", PlaceKind.REGION);
    assertThat(KB.places("Kurdistan Region")).first().isEqualTo(region);
    assertThat(KB.places("Iraqi Kurdistan")).first().isEqualTo(region);
  }

  @Test
  void findsMuscatAsCapitalOfOmanWithCoordinates() {
    Place muscat = assertPlace("Muscat", "OM", PlaceKind.CAPITAL);
    assertThat(muscat.lat()).isCloseTo(23.59, within(0.05));
    assertThat(muscat.lon()).isCloseTo(58.38, within(0.05));
  }

  @Test
  void findsWashingtonUnderItsDcForms() {
    Place washington = assertPlace("Washington", "US", PlaceKind.CAPITAL);
    assertThat(KB.places("Washington, D.C.")).first().isEqualTo(washington);
    assertThat(KB.places("Washington DC")).first().isEqualTo(washington);
  }

  @Test
  void findsPlacesUnderOldAndNewSpellings() {
    assertThat(KB.places("Odessa")).first().isEqualTo(KB.places("Odesa").get(0));
    assertThat(KB.places("Kiev")).first().isEqualTo(KB.places("Kyiv").get(0));
    assertThat(KB.places("Sana'a")).first().extracting(Place::countryCode).isEqualTo("YE");
    assertThat(KB.places("Khan Yunis")).first().extracting(Place::countryCode).isEqualTo("PS");
  }

  @Test
  void ranksCapitalsFirstForAmbiguousNames() {
    assertThat(KB.places("Tripoli")).extracting(Place::countryCode).containsExactly("LY", "LB");
    assertThat(KB.places("Paris")).first().extracting(Place::countryCode).isEqualTo("FR");
    assertThat(KB.places("New York")).first().extracting(Place::kind).isEqualTo(PlaceKind.CITY);
  }

  @Test
  void prefersHintedCountryForAmbiguousPlace() {
    assertThat(KB.place("Tripoli", Optional.of("LB"))).map(Place::countryCode).contains("LB");
    assertThat(KB.place("Tripoli", Optional.of("Lebanon"))).map(Place::countryCode)
        .contains("LB");
    assertThat(KB.place("Paris", Optional.of("US"))).map(Place::name).contains("Paris");
    assertThat(KB.place("Paris", Optional.of("US"))).map(Place::countryCode).contains("US");
    assertThat(KB.place("Tripoli", Optional.of("FR"))).map(Place::countryCode).contains("LY");
    assertThat(KB.place("Tripoli", Optional.empty())).map(Place::countryCode).contains("LY");
  }

  @Test
  void unknownPlaceIsEmpty() {
    assertThat(KB.places("Atlantis")).isEmpty();
    assertThat(KB.place("Atlantis", Optional.of("GR"))).isEmpty();
  }

  private static Place assertPlace(String name, String countryCode, PlaceKind kind) {
    Place place = KB.place(name, Optional.empty()).orElseThrow(
        () -> new AssertionError("no place named " + name));
    assertThat(place.countryCode()).as("country of %s", name).isEqualTo(countryCode);
    assertThat(place.kind()).as("kind of %s", name).isEqualTo(kind);
    return place;
  }
}
