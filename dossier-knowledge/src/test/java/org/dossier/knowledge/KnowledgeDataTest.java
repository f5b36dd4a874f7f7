package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.knowledge.internal.NameKey;
import org.junit.jupiter.api.Test;

/** Checks the shipped data as a whole, so that a careless edit of a data file fails the build. */
class KnowledgeDataTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();

  @Test
  void everyCountryHasUniqueIso2AndIso3() {
    List<Country> countries = KB.countries();
    assertThat(countries).extracting(Country::iso2).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[A-Z]{2}"));
    assertThat(countries).extracting(Country::iso3).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[A-Z]{3}"));
  }

  @Test
  void noCountryNameOrAliasNamesTwoCountries() {
    assertNoSharedKeys(KB.countries(), Country::iso2, Country::names);
  }

  @Test
  void everyOfficeTermReferencesAKnownPerson() {
    Set<String> ids = KB.people().stream().map(Person::id).collect(Collectors.toSet());
    assertThat(KB.terms()).isNotEmpty()
        .allSatisfy(term -> assertThat(ids).as("person of %s", term).contains(term.personId()));
    assertThat(KB.terms()).allSatisfy(term -> assertThat(KB.countryByCode(term.countryCode()))
        .as("country of %s", term).isPresent());
  }

  @Test
  void noOverlappingTermsForTheSameSingleHolderOffice() {
    Map<String, List<OfficeTerm>> byCountryAndOffice = KB.terms().stream()
        .collect(Collectors.groupingBy(t -> t.countryCode() + " " + t.office()));
    List<String> overlaps = new ArrayList<>();
    byCountryAndOffice.forEach((key, terms) -> {
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          if (terms.get(i).overlaps(terms.get(j))) {
            overlaps.add(key + ": " + describe(terms.get(i)) + " / " + describe(terms.get(j)));
          }
        }
      }
    });
    assertThat(overlaps).isEmpty();
  }

  @Test
  void everyoneInTheSpecHoldsTheRightOfficeOnTheSeedArticleDate() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 2, 11);
    assertThat(KB.holders("US", Office.FOREIGN_MINISTER, day)).extracting(OfficeTerm::personName)
        .containsExactly("Marco Rubio");
    assertThat(KB.holders("OM", Office.HEAD_OF_STATE, day)).extracting(OfficeTerm::title)
        .containsExactly("Sultan");
    assertThat(KB.holders("IL", Office.HEAD_OF_GOVERNMENT, day)).extracting(OfficeTerm::personId)
        .containsExactly("Q43723");
  }

  @Test
  void noPersonNameOrAliasNamesTwoPeople() {
    assertNoSharedKeys(KB.people(), Person::id, Person::names);
  }

  @Test
  void noWikidataIdNamesTwoThings() {
    Map<String, List<String>> owners = new HashMap<>();
    KB.countries().forEach(c -> c.qid().ifPresent(q -> own(owners, q, "country " + c.iso2())));
    KB.places().forEach(p -> p.qid().ifPresent(q -> own(owners, q, "place " + p.countryCode())));
    KB.people().forEach(p -> own(owners, p.id(), "person"));
    KB.organizations().forEach(o -> own(owners, o.id(), "organization"));
    KB.media().forEach(m -> own(owners, m.id(), "medium"));
    // A city that is its own territory (Hong Kong) may share the territory's id.
    owners.values().removeIf(list -> list.size() == 2 && list.get(0).startsWith("country ")
        && list.get(1).equals("place " + list.get(0).substring("country ".length())));
    assertThat(owners).allSatisfy((id, list) -> assertThat(list).as(id).hasSize(1));
  }

  @Test
  void everyIdIsAWikidataIdOrALocalId() {
    String idForm = "Q[1-9][0-9]*|dossier:(person|place|org|medium):[a-z0-9:._-]+";
    assertThat(KB.people()).extracting(Person::id).allMatch(id -> id.matches(idForm));
    assertThat(KB.places()).extracting(Place::id).allMatch(id -> id.matches(idForm))
        .doesNotHaveDuplicates();
    assertThat(KB.organizations()).extracting(Organization::id)
        .allMatch(id -> id.matches(idForm)).doesNotHaveDuplicates();
    assertThat(KB.media()).extracting(Medium::id).allMatch(id -> id.matches(idForm))
        .doesNotHaveDuplicates();
  }

  @Test
  void everyCountryCapitalIsACapitalInTheGazetteer() {
    for (Country country : KB.countries()) {
      country.capital().ifPresent(capital -> {
        assertThat(capital.kind()).as("capital of %s", country.name())
            .isEqualTo(PlaceKind.CAPITAL);
        assertThat(capital.countryCode()).isEqualTo(country.iso2());
        assertThat(KB.places(capital.name())).as("places(%s)", capital.name()).contains(capital);
      });
    }
    assertThat(KB.countries()).filteredOn(c -> c.capital().isPresent()).hasSizeGreaterThan(230);
  }

  @Test
  void gazetteerCoversTheNewsworthyPlaces() {
    assertThat(KB.places()).hasSizeGreaterThan(800);
    for (String name : List.of("Sulaymaniyah", "Mosul", "Basra", "Kirkuk", "Duhok", "Gaza",
        "Rafah", "Khan Younis", "Jenin", "Ramallah", "Tel Aviv", "Jerusalem", "Haifa", "Beirut",
        "Damascus", "Aleppo", "Idlib", "Homs", "Raqqa", "Tehran", "Isfahan", "Natanz", "Fordow",
        "Qom", "Mashhad", "Tabriz", "Muscat", "Salalah", "Doha", "Dubai", "Abu Dhabi", "Riyadh",
        "Jeddah", "Sanaa", "Aden", "Hodeidah", "Kyiv", "Kharkiv", "Odesa", "Donetsk", "Mariupol",
        "Moscow", "Washington", "New York", "Geneva", "Vienna", "Brussels", "Davos", "West Bank",
        "Gaza Strip", "Crimea", "Donbas", "Golan Heights", "Sinai", "Kashmir", "Xinjiang",
        "Tigray", "Pentagon", "Capitol", "UN headquarters", "10 Downing Street",
        "Élysée Palace")) {
      assertThat(KB.places(name)).as("places(%s)", name).isNotEmpty();
    }
  }

  private static <T> void assertNoSharedKeys(List<T> values,
      java.util.function.Function<T, String> id,
      java.util.function.Function<T, List<String>> names) {
    Map<String, Set<String>> idsByKey = new HashMap<>();
    for (T value : values) {
      for (String name : names.apply(value)) {
        idsByKey.computeIfAbsent(NameKey.of(name), k -> new HashSet<>()).add(id.apply(value));
      }
    }
    assertThat(idsByKey).allSatisfy((key, ids) -> assertThat(ids).as(key).hasSize(1));
  }

  private static void own(Map<String, List<String>> owners, String id, String owner) {
    if (id.startsWith("Q")) {
      owners.computeIfAbsent(id, k -> new ArrayList<>()).add(owner);
    }
  }

  private static String describe(OfficeTerm term) {
    return term.personName() + " " + term.start() + ".." + term.end().map(Object::toString)
        .orElse("");
  }
}
