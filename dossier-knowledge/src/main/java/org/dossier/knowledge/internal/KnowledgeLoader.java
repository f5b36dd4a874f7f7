package org.dossier.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.Medium;
import org.dossier.knowledge.Office;
import org.dossier.knowledge.OfficeDescriptor;
import org.dossier.knowledge.OfficeTerm;
import org.dossier.knowledge.Organization;
import org.dossier.knowledge.OrganizationKind;
import org.dossier.knowledge.Person;
import org.dossier.knowledge.Place;
import org.dossier.knowledge.PlaceKind;

/**
 * Reads the seven data files into {@link KnowledgeData}, checking every row and every reference
 * between files; the first problem is thrown as an {@link IllegalStateException} naming the file
 * and line. The columns of each file are documented in the module's README.
 */
public final class KnowledgeLoader {
  static final List<String> COUNTRY_COLUMNS = List.of("iso2", "iso3", "qid", "name", "aliases",
      "demonyms", "capital", "capitalLat", "capitalLon");
  static final List<String> PLACE_COLUMNS = List.of("id", "name", "aliases", "countryCode",
      "kind", "lat", "lon", "population", "qid");
  static final List<String> ORGANIZATION_COLUMNS =
      List.of("id", "name", "aliases", "kind", "countryCode");
  static final List<String> PERSON_COLUMNS = List.of("id", "name", "aliases", "countryCode");
  static final List<String> TERM_COLUMNS =
      List.of("personId", "countryCode", "office", "title", "start", "end");
  static final List<String> DESCRIPTOR_COLUMNS = List.of("phrase", "office", "title");
  static final List<String> MEDIUM_COLUMNS = List.of("id", "name", "aliases", "kind");

  /** How far a country's capital may lie from the place of that name before it is a typo. */
  private static final double CAPITAL_TOLERANCE_KM = 50;
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern LOCAL_ID = Pattern.compile("(dossier|geonames):[a-z0-9:._-]+");

  private KnowledgeLoader() {
  }

  /** Reads and cross-checks all data files. */
  public static KnowledgeData load(DataFiles files) {
    List<TsvRow> countryRows = read(files, "countries.tsv", COUNTRY_COLUMNS);
    Set<String> codes = countryCodes(countryRows);
    List<Place> places = places(files, codes);
    Map<String, Place> capitals = new HashMap<>();
    for (Place place : places) {
      if (place.kind() == PlaceKind.CAPITAL) {
        for (String name : place.names()) {
          capitals.putIfAbsent(capitalKey(place.countryCode(), name), place);
        }
      }
    }
    List<Country> countries = new ArrayList<>();
    for (TsvRow row : countryRows) {
      countries.add(country(row, capitals, places));
    }
    List<Person> people = people(files, codes);
    return new KnowledgeData(countries, places, organizations(files, codes), people,
        terms(files, people, codes), descriptors(files), media(files));
  }

  private static List<TsvRow> read(DataFiles files, String file, List<String> columns) {
    try (BufferedReader reader = files.open(file)) {
      return TsvTable.read(file, reader, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }

  private static Set<String> countryCodes(List<TsvRow> rows) {
    Set<String> iso2 = new HashSet<>();
    Set<String> iso3 = new HashSet<>();
    for (TsvRow row : rows) {
      String two = row.text("iso2");
      String three = row.text("iso3");
      if (!ISO2.matcher(two).matches() || !ISO3.matcher(three).matches()) {
        throw row.error("codes must be 2 and 3 capital letters: '" + two + "', '" + three + "'");
      }
      if (!iso2.add(two) || !iso3.add(three)) {
        throw row.error("duplicate country code " + two + " / " + three);
      }
    }
    return Set.copyOf(iso2);
  }

  private static String capitalKey(String countryCode, String name) {
    return countryCode + " " + NameKey.of(name);
  }

  /** The country of a row; its capital is the listed place of that name, or made from the row. */
  private static Country country(TsvRow row, Map<String, Place> capitals, List<Place> places) {
    String iso2 = row.text("iso2");
    Optional<Place> capital = row.optional("capital")
        .map(name -> capital(row, name, capitals.get(capitalKey(iso2, name)), places));
    return new Country(iso2, row.text("iso3"), qid(row, "qid"), row.text("name"),
        row.list("aliases"), row.list("demonyms"), capital);
  }

  /**
   * The listed capital, checked against the row's coordinates so that a typo in either file is
   * caught; without one, a capital made from the row and added to {@code places}.
   */
  private static Place capital(TsvRow row, String name, Place listed, List<Place> places) {
    double lat = row.decimal("capitalLat");
    double lon = row.decimal("capitalLon");
    if (listed != null) {
      double distance = listed.distanceKm(lat, lon);
      if (distance > CAPITAL_TOLERANCE_KM) {
        throw row.error("capital " + name + " at " + lat + "," + lon + " is "
            + Math.round(distance) + " km from places.tsv's " + listed.id());
      }
      return listed;
    }
    String iso2 = row.text("iso2");
    Place made = new Place(localId("place", iso2, name), name, List.of(), iso2,
        PlaceKind.CAPITAL, lat, lon, 0, Optional.empty());
    places.add(made);
    return made;
  }

  private static List<Place> places(DataFiles files, Set<String> codes) {
    List<Place> places = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TsvRow row : read(files, "places.tsv", PLACE_COLUMNS)) {
      places.add(place(row, ids, codes));
    }
    return places;
  }

  private static Place place(TsvRow row, Set<String> ids, Set<String> codes) {
    String id = id(row, ids);
    Optional<String> qid = qid(row, "qid");
    if (QID.matcher(id).matches()) {
      if (qid.isPresent() && !qid.get().equals(id)) {
        throw row.error("id " + id + " differs from qid " + qid.get());
      }
      qid = Optional.of(id);
    }
    try {
      return new Place(id, row.text("name"), row.list("aliases"), countryCode(row, codes)
          .orElseThrow(() -> row.error("empty countryCode")),
          row.constant("kind", PlaceKind.class), row.decimal("lat"), row.decimal("lon"),
          row.count("population"), qid);
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  private static List<Organization> organizations(DataFiles files, Set<String> codes) {
    List<Organization> organizations = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TsvRow row : read(files, "organizations.tsv", ORGANIZATION_COLUMNS)) {
      organizations.add(new Organization(id(row, ids), row.text("name"), row.list("aliases"),
          row.constant("kind", OrganizationKind.class), countryCode(row, codes)));
    }
    return organizations;
  }

  private static List<Person> people(DataFiles files, Set<String> codes) {
    List<Person> people = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TsvRow row : read(files, "people.tsv", PERSON_COLUMNS)) {
      people.add(new Person(id(row, ids), row.text("name"), row.list("aliases"),
          countryCode(row, codes)));
    }
    return people;
  }

  private static List<OfficeTerm> terms(DataFiles files, List<Person> people, Set<String> codes) {
    Map<String, Person> byId = new HashMap<>();
    for (Person person : people) {
      byId.put(person.id(), person);
    }
    List<OfficeTerm> terms = new ArrayList<>();
    for (TsvRow row : read(files, "office-terms.tsv", TERM_COLUMNS)) {
      terms.add(term(row, byId, codes));
    }
    return terms;
  }

  private static OfficeTerm term(TsvRow row, Map<String, Person> people, Set<String> codes) {
    String personId = row.text("personId");
    Person person = people.get(personId);
    if (person == null) {
      throw row.error("unknown person '" + personId + "' (not in people.tsv)");
    }
    try {
      return new OfficeTerm(personId, person.name(),
          countryCode(row, codes).orElseThrow(() -> row.error("empty countryCode")),
          row.constant("office", Office.class), row.text("title"),
          row.date("start").orElseThrow(() -> row.error("empty start")), row.date("end"));
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  private static List<OfficeDescriptor> descriptors(DataFiles files) {
    List<OfficeDescriptor> descriptors = new ArrayList<>();
    Set<String> phrases = new HashSet<>();
    for (TsvRow row : read(files, "descriptors.tsv", DESCRIPTOR_COLUMNS)) {
      String phrase = row.text("phrase");
      if (!phrases.add(NameKey.of(phrase))) {
        throw row.error("duplicate phrase '" + phrase + "'");
      }
      descriptors.add(new OfficeDescriptor(phrase, row.constant("office", Office.class),
          row.optional("title")));
    }
    return descriptors;
  }

  private static List<Medium> media(DataFiles files) {
    List<Medium> media = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TsvRow row : read(files, "media.tsv", MEDIUM_COLUMNS)) {
      String kind = row.text("kind");
      if (!Medium.KINDS.contains(kind)) {
        throw row.error("kind '" + kind + "' is not one of " + Medium.KINDS);
      }
      media.add(new Medium(id(row, ids), row.text("name"), row.list("aliases"), kind));
    }
    return media;
  }

  /** The row's id, checked for form and for uniqueness among {@code seen}. */
  private static String id(TsvRow row, Set<String> seen) {
    String id = row.text("id");
    if (!QID.matcher(id).matches() && !LOCAL_ID.matcher(id).matches()) {
      throw row.error("id '" + id + "' is neither a QID (Q42) nor a local id (dossier:kind:slug)");
    }
    if (!seen.add(id)) {
      throw row.error("duplicate id '" + id + "'");
    }
    return id;
  }

  private static Optional<String> qid(TsvRow row, String column) {
    Optional<String> qid = row.optional(column);
    if (qid.isPresent() && !QID.matcher(qid.get()).matches()) {
      throw row.error(column + " '" + qid.get() + "' is not a Wikidata id (Q42)");
    }
    return qid;
  }

  private static Optional<String> countryCode(TsvRow row, Set<String> codes) {
    Optional<String> code = row.optional("countryCode");
    if (code.isPresent() && !codes.contains(code.get())) {
      throw row.error("unknown countryCode '" + code.get() + "' (not in countries.tsv)");
    }
    return code;
  }

  private static String localId(String kind, String countryCode, String name) {
    return "dossier:" + kind + ":" + countryCode.toLowerCase(Locale.ROOT) + ":"
        + NameKey.of(name).replace(' ', '-');
  }
}
