package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.knowledge.internal.DataFiles;
import org.dossier.knowledge.internal.Gazetteer;
import org.dossier.knowledge.internal.GeonamesReader;
import org.dossier.knowledge.internal.KnowledgeData;
import org.dossier.knowledge.internal.KnowledgeLoader;
import org.dossier.knowledge.internal.NameIndex;
import org.dossier.knowledge.internal.NameKey;

/**
 * Answers what Dossier knows about the world: countries and their demonyms, places, organizations,
 * people, who held which office when, what the press's descriptors ("top diplomat") mean, and the
 * media people speak through.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.builtIn();
 * kb.countryByDemonym("Omani");                                // Oman
 * kb.holdersForDescriptor("IR", "president", LocalDate.of(2026, 2, 11)); // Masoud Pezeshkian
 * kb.place("Tripoli", Optional.of("LB"));                      // Tripoli, Lebanon
 * }</pre>
 *
 * <p>Names are matched exactly after normalization ({@code NameKey}): case, diacritics, dots,
 * apostrophes, hyphens and a leading "the" do not matter, so "the U.S." finds the United States.
 * There is no fuzzy matching; misspellings the press uses are listed as aliases.
 *
 * <p>Immutable and thread-safe. Loading parses the data files and builds every index, so load once
 * per process and share the instance.
 */
public final class KnowledgeBase {
  private final KnowledgeData data;
  private final Map<String, Country> countriesByCode;
  private final NameIndex<Country> countriesByName;
  private final NameIndex<Country> countriesByDemonym;
  private final Gazetteer gazetteer;
  private final NameIndex<Organization> organizations;
  private final NameIndex<Person> peopleByName;
  private final NameIndex<Person> peopleBySurname;
  private final Map<String, List<OfficeTerm>> termsByPerson;
  private final Map<String, List<OfficeTerm>> termsByCountry;
  private final NameIndex<OfficeDescriptor> descriptors;
  private final NameIndex<Medium> media;

  private KnowledgeBase(KnowledgeData data) {
    this.data = data;
    Map<String, Country> codes = new HashMap<>();
    for (Country country : data.countries()) {
      codes.put(country.iso2(), country);
      codes.put(country.iso3(), country);
    }
    this.countriesByCode = Map.copyOf(codes);
    this.countriesByName = NameIndex.of(data.countries(), Country::names);
    this.countriesByDemonym = NameIndex.of(data.countries(), Country::demonyms);
    this.gazetteer = Gazetteer.of(data.places());
    this.organizations = NameIndex.of(data.organizations(), Organization::names);
    this.peopleByName = NameIndex.of(data.people(), Person::names);
    this.termsByPerson = group(data.terms(), true);
    this.termsByCountry = group(data.terms(), false);
    // Whoever held office most recently is the likelier referent of a bare surname.
    Map<String, LocalDate> latestStart = new HashMap<>();
    for (OfficeTerm term : data.terms()) {
      latestStart.merge(term.personId(), term.start(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<Person> byRecency = new ArrayList<>(data.people());
    byRecency.sort(Comparator.comparing(
        (Person p) -> latestStart.getOrDefault(p.id(), LocalDate.MIN)).reversed());
    this.peopleBySurname = NameIndex.byKeys(byRecency, KnowledgeBase::surnameKeys);
    this.descriptors = NameIndex.of(data.descriptors(), d -> List.of(d.phrase()));
    this.media = NameIndex.of(data.media(), Medium::names);
  }

  /**
   * The knowledge shipped with Dossier; throws {@link IllegalStateException} naming the file and
   * line when a data file is malformed.
   */
  public static KnowledgeBase builtIn() {
    return from(DataFiles.besideClass(KnowledgeBase.class));
  }

  /**
   * The shipped knowledge plus the cities of a GeoNames dump ({@code cities15000.txt}, or a .zip
   * holding it). A dump city with the name of a shipped place in the same country, within 20 km
   * of it, is the shipped place and is dropped. A malformed dump is an
   * {@link IllegalArgumentException} naming the file and line.
   */
  public static KnowledgeBase builtIn(Path geonamesDump) {
    requireNonNull(geonamesDump, "geonamesDump");
    KnowledgeData shipped = KnowledgeLoader.load(DataFiles.besideClass(KnowledgeBase.class));
    List<Place> imported = GeonamesReader.read(geonamesDump);
    return new KnowledgeBase(shipped.withPlaces(Gazetteer.newPlaces(shipped.places(), imported)));
  }

  /** Knowledge read from other data files of the same layout; for tests and curation. */
  static KnowledgeBase from(DataFiles files) {
    return new KnowledgeBase(KnowledgeLoader.load(files));
  }

  /**
   * The country with that name, alias, or ISO 3166-1 alpha-2 or alpha-3 code. Codes are
   * recognized only in capitals ("IN", "IRN"), so that words such as "in" or "it" are not taken
   * for India or Italy; names and aliases match in any case ("the United States", "U.S.", "UK").
   */
  public Optional<Country> country(String text) {
    String trimmed = text.trim();
    if (trimmed.matches("[A-Z]{2,3}") && countriesByCode.containsKey(trimmed)) {
      return Optional.of(countriesByCode.get(trimmed));
    }
    return countriesByName.first(trimmed);
  }

  /** The country with that ISO 3166-1 alpha-2 (or alpha-3) code, in any case. */
  public Optional<Country> countryByCode(String code) {
    return Optional.ofNullable(countriesByCode.get(code.trim().toUpperCase(Locale.ROOT)));
  }

  /** The country a demonym belongs to: "Omani" and "Omanis" give Oman. */
  public Optional<Country> countryByDemonym(String word) {
    return countriesByDemonym.first(word);
  }

  /** All countries, in data-file order. */
  public List<Country> countries() {
    return data.countries();
  }

  /**
   * Every place with that name or alias, best first: shipped before imported, capitals first,
   * then cities and landmarks, then regions, each by population.
   */
  public List<Place> places(String name) {
    return gazetteer.find(name);
  }

  /** All places, shipped first, then imported. */
  public List<Place> places() {
    return gazetteer.all();
  }

  /**
   * The best place with that name, preferring one in the hinted country (an ISO code or a
   * country name) when there is one there.
   */
  public Optional<Place> place(String name, Optional<String> countryHint) {
    List<Place> candidates = places(name);
    Optional<String> code = countryHint
        .flatMap(hint -> countryByCode(hint).or(() -> country(hint)))
        .map(Country::iso2);
    return code
        .flatMap(cc -> candidates.stream().filter(p -> p.countryCode().equals(cc)).findFirst())
        .or(() -> candidates.stream().findFirst());
  }

  /** The organization with that name or alias ("UN", "the European Union", "IRGC"). */
  public Optional<Organization> organization(String nameOrAlias) {
    return organizations.first(nameOrAlias);
  }

  /** All organizations, in data-file order. */
  public List<Organization> organizations() {
    return data.organizations();
  }

  /** The person with that full name or alias, including listed misspellings. */
  public Optional<Person> person(String nameOrAlias) {
    return peopleByName.first(nameOrAlias);
  }

  /** All people, in data-file order. */
  public List<Person> people() {
    return data.people();
  }

  /**
   * The people whose name or an alias ends in that surname ("Trump"; "Assad" or "al-Assad"), the
   * one who took office most recently first.
   */
  public List<Person> peopleWithSurname(String surname) {
    return peopleBySurname.all(surname);
  }

  /** Who held the office in that country on that day (usually one person), earliest first. */
  public List<OfficeTerm> holders(String countryCode, Office office, LocalDate on) {
    requireNonNull(office, "office");
    return termsIn(countryCode).stream()
        .filter(term -> term.office() == office && term.covers(on))
        .toList();
  }

  /**
   * Who held an office with that title in that country on that day; titles match in any case, and
   * an acting holder ("Acting President") counts as holding the title. This is how "the Iranian
   * president" finds Iran's president, who is not its head of state.
   */
  public List<OfficeTerm> holdersByTitle(String countryCode, String title, LocalDate on) {
    String key = NameKey.of(title);
    String acting = "acting " + key;
    return termsIn(countryCode).stream()
        .filter(term -> term.covers(on))
        .filter(term -> {
          String held = NameKey.of(term.title());
          return held.equals(key) || held.equals(acting);
        })
        .toList();
  }

  /**
   * Who a descriptor refers to in that country on that day: by title when the descriptor names
   * one ("president", "chancellor", "emir"), otherwise by office ("premier", "top diplomat").
   */
  public List<OfficeTerm> holdersForDescriptor(String countryCode, String phrase, LocalDate on) {
    return descriptor(phrase)
        .map(d -> d.title()
            .map(title -> holdersByTitle(countryCode, title, on))
            .orElseGet(() -> holders(countryCode, d.office(), on)))
        .orElse(List.of());
  }

  /** Every office the person held, earliest first. */
  public List<OfficeTerm> terms(String personId) {
    return termsByPerson.getOrDefault(personId, List.of());
  }

  /** All office terms, in data-file order. */
  public List<OfficeTerm> terms() {
    return data.terms();
  }

  /** The office a descriptor names: "premier" is {@link Office#HEAD_OF_GOVERNMENT}. */
  public Optional<Office> officeForDescriptor(String phrase) {
    return descriptor(phrase).map(OfficeDescriptor::office);
  }

  /** The full meaning of a descriptor: its office and, for some, the title it stands for. */
  public Optional<OfficeDescriptor> descriptor(String phrase) {
    return descriptors.first(phrase);
  }

  /** The platform, agency, broadcaster or newspaper with that name or alias ("X", "AP"). */
  public Optional<Medium> medium(String name) {
    return media.first(name);
  }

  /** All media, in data-file order. */
  public List<Medium> media() {
    return data.media();
  }

  @Override
  public String toString() {
    return "KnowledgeBase[" + data.countries().size() + " countries, " + data.places().size()
        + " places, " + data.organizations().size() + " organizations, " + data.people().size()
        + " people, " + data.terms().size() + " terms, " + data.media().size() + " media]";
  }

  private List<OfficeTerm> termsIn(String countryCode) {
    return termsByCountry.getOrDefault(countryCode.trim().toUpperCase(Locale.ROOT), List.of());
  }

  private static Set<String> surnameKeys(Person person) {
    Set<String> keys = new LinkedHashSet<>();
    for (String name : person.names()) {
      keys.addAll(NameKey.surnameKeys(name));
    }
    return keys;
  }

  /** Terms by person id or by country code, each list in order of start. */
  private static Map<String, List<OfficeTerm>> group(List<OfficeTerm> terms, boolean byPerson) {
    Map<String, List<OfficeTerm>> groups = new HashMap<>();
    for (OfficeTerm term : terms) {
      String key = byPerson ? term.personId() : term.countryCode();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
    }
    Map<String, List<OfficeTerm>> sorted = new HashMap<>(groups.size() * 4 / 3 + 1);
    for (Map.Entry<String, List<OfficeTerm>> entry : groups.entrySet()) {
      List<OfficeTerm> list = entry.getValue();
      list.sort(Comparator.comparing(OfficeTerm::start));
      sorted.put(entry.getKey(), List.copyOf(list));
    }
    return sorted;
  }
}
