package org.dossier.ingest.dateline;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.Place;
import org.dossier.model.Dateline;

/**
 * Reads the dateline that opens a wire-style story and places it on the map:
 * "ERBIL, Kurdistan Region of Iraq - …", "WASHINGTON (AP) — …", "PARIS, Jan 5 (Reuters) - …",
 * "Washington (CNN) — …". The city is written in capitals, or followed by an agency in
 * parentheses; a region, country or date may follow it after a comma. Thread-safe.
 */
public final class DatelineParser {

  private static final String DASH = "\\s*(?:[-–—]{1,2}|:)\\s+";
  private static final Pattern CAPITALS = Pattern.compile(
      "^(?<city>\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?)"
          + "(?:,\\s*(?<region>[\\p{L}\\d][^()\\-–—:\"“”]{0,60}?))?"
          + "\\s*(?:\\((?<agency>[^)]{1,40})\\))?" + DASH);
  private static final Pattern TITLE_CASE_WITH_AGENCY = Pattern.compile(
      "^(?<city>\\p{Lu}[\\p{L}.'’ -]{1,30}?)(?:,\\s*(?<region>[\\p{L}\\d][^()\\-–—:\"“”]{0,40}?))?"
          + "\\s*\\((?<agency>[\\p{L}&. ]{1,30})\\)" + DASH);
  private static final Pattern DATE_PART = Pattern.compile(
      "(?i)(?:^|,\\s*)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
          + "(?:,\\s*\\d{4})?\\s*$");
  private static final int MAX_REGION_WORDS = 7;

  private final KnowledgeBase knowledge;

  public DatelineParser(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** The dateline {@code paragraph} opens with, if it opens with one. */
  public Optional<ParsedDateline> parse(String paragraph) {
    Matcher m = CAPITALS.matcher(paragraph);
    if (!m.find() || !isCityInCapitals(m.group("city"))) {
      m = TITLE_CASE_WITH_AGENCY.matcher(paragraph);
      if (!m.find()) {
        return Optional.empty();
      }
    }
    String region = stripDate(Optional.ofNullable(m.group("region")).orElse("").strip());
    if (words(region) > MAX_REGION_WORDS) {
      return Optional.empty();
    }
    String city = m.group("city").strip();
    String text = paragraph.substring(0, m.end()).strip().replaceAll("\\s*(?:[-–—]{1,2}|:)$", "");
    Optional<String> agency = Optional.ofNullable(m.group("agency")).map(String::strip);
    return Optional.of(new ParsedDateline(resolve(text, city, region, agency), m.end()));
  }

  private Dateline resolve(String text, String city, String region, Optional<String> agency) {
    Optional<Country> country = region.isEmpty() ? Optional.empty() : countryIn(region);
    Optional<Place> place = knowledge.place(city, country.map(Country::iso2));
    String placeName = place.map(Place::name).orElse(titleCase(city));
    Optional<String> code = country.map(Country::iso2).or(() -> place.map(Place::countryCode));
    if (place.isEmpty() && country.isEmpty()) {
      // A dateline may name a country itself ("LEBANON -") rather than a city.
      Optional<Country> named = knowledge.country(city);
      code = named.map(Country::iso2);
      placeName = named.map(Country::name).orElse(placeName);
    }
    return new Dateline(text, Optional.of(placeName), code, agency);
  }

  // The country a region phrase names: "Kurdistan Region of Iraq", "Ukraine", "Texas", "Gaza Strip".
  private Optional<Country> countryIn(String region) {
    Optional<Country> whole = knowledge.country(region);
    if (whole.isPresent()) {
      return whole;
    }
    Optional<Place> area = knowledge.place(region, Optional.empty());
    if (area.isPresent()) {
      return knowledge.countryByCode(area.get().countryCode());
    }
    String[] words = region.split("[\\s,]+");
    for (int n = Math.min(words.length, 4); n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        if (Character.isUpperCase(phrase.charAt(0))) {
          Optional<Country> c = knowledge.country(phrase);
          if (c.isPresent()) {
            return c;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isCityInCapitals(String city) {
    long letters = city.chars().filter(Character::isLetter).count();
    return letters >= 3 && city.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static String stripDate(String region) {
    return DATE_PART.matcher(region).replaceAll("").strip();
  }

  static String titleCase(String city) {
    if (!city.equals(city.toUpperCase(Locale.ROOT))) {
      return city;
    }
    StringBuilder out = new StringBuilder(city.length());
    boolean start = true;
    for (char c : city.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '.';
    }
    return out.toString();
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.split("\\s+").length;
  }
}
