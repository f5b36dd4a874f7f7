package org.dossier.nlp.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words of time: month and weekday names, number and ordinal words, calendar units, seasons,
 * parts of the day and holidays, read once from the tables beside this class
 * ({@code months.tsv}, {@code units.tsv}, ...) and offered as lookups and as regular-expression
 * alternations. Users extend the vocabulary by editing those tables. Immutable and thread-safe.
 */
final class TimeLexicon {

  private static final TimeLexicon STANDARD = load();

  private final Map<String, String> months;
  private final Map<String, String> weekdays;
  private final Map<String, String> numbers;
  private final Map<String, String> ordinals;
  private final Map<String, String> units;
  private final Map<String, String> seasons;
  private final Map<String, String> dayParts;
  private final Map<String, String> holidays;

  private TimeLexicon(Map<String, Map<String, String>> tables) {
    this.months = tables.get("months");
    this.weekdays = tables.get("weekdays");
    this.numbers = tables.get("numbers");
    this.ordinals = tables.get("ordinals");
    this.units = tables.get("units");
    this.seasons = tables.get("seasons");
    this.dayParts = tables.get("day-parts");
    this.holidays = tables.get("holidays");
  }

  /** The lexicon shipped with Dossier. */
  static TimeLexicon standard() {
    return STANDARD;
  }

  private static TimeLexicon load() {
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    for (String name : List.of("months", "weekdays", "numbers", "ordinals", "units", "seasons",
        "day-parts", "holidays")) {
      tables.put(name, readTable(name + ".tsv"));
    }
    return new TimeLexicon(tables);
  }

  /** Reads "key TAB spelling|spelling" lines into spelling (lower case) to key. */
  private static Map<String, String> readTable(String resource) {
    Map<String, String> table = new LinkedHashMap<>();
    try (InputStream in = TimeLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing time lexicon table '" + resource + "'");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String key = String.join("\t", List.of(fields).subList(0, fields.length - 1));
        for (String spelling : fields[fields.length - 1].split("\\|")) {
          table.put(normalize(spelling), key);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read time lexicon table '" + resource + "'", e);
    }
    return Map.copyOf(table);
  }

  /** Lower case, curly apostrophes straight, runs of white space and hyphens as one space. */
  static String normalize(String words) {
    return words.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\-]+", " ")
        .replaceAll("\\.$", "").trim();
  }

  Optional<Integer> month(String word) {
    return lookup(months, word).map(Integer::parseInt);
  }

  Optional<Integer> weekday(String word) {
    return lookup(weekdays, word).map(Integer::parseInt);
  }

  Optional<Integer> numberWord(String word) {
    return lookup(numbers, word).map(Integer::parseInt);
  }

  Optional<Integer> ordinal(String word) {
    return lookup(ordinals, word).map(Integer::parseInt);
  }

  /** The TIMEX3 unit code of a unit word: "weeks" is W, "hours" is H, "decade" is DE. */
  Optional<String> unit(String word) {
    return lookup(units, word);
  }

  /** The first month (3, 6, 9, 12) of a season word. */
  Optional<Integer> seasonStart(String word) {
    return lookup(seasons, word).map(key -> Integer.parseInt(key.split("\t")[1]));
  }

  /** The TIMEX3 code of a part of the day (MO, AF, EV, NI) or its clock time (12:00). */
  Optional<String> dayPart(String word) {
    return lookup(dayParts, word);
  }

  Optional<String> holidayRule(String words) {
    return lookup(holidays, words);
  }

  private static Optional<String> lookup(Map<String, String> table, String word) {
    return Optional.ofNullable(table.get(normalize(word)));
  }

  /** Month names, capitalized or upper case, abbreviations with an optional period. */
  String monthRegex() {
    return properNames(months, true);
  }

  /** Weekday names, capitalized or upper case; abbreviations need their period. */
  String weekdayRegex() {
    return properNames(weekdays, false);
  }

  /** Number words except the bare articles "a" and "an", which only count alone. */
  String numberWordRegex() {
    return words(numbers.keySet().stream().filter(w -> !w.equals("a") && !w.equals("an")).toList());
  }

  String ordinalRegex() {
    return words(ordinals.keySet());
  }

  String unitRegex() {
    return words(units.keySet());
  }

  String seasonRegex() {
    return words(seasons.keySet());
  }

  String dayPartRegex() {
    return words(dayParts.keySet());
  }

  String holidayRegex() {
    return "(?-i:" + alternation(holidays.keySet(), TimeLexicon::titleCase) + ")";
  }

  private static String properNames(Map<String, String> table, boolean optionalPeriod) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    table.forEach((spelling, key) ->
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(spelling));
    List<String> alternatives = new ArrayList<>();
    for (List<String> spellings : byKey.values()) {
      String full = spellings.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
      for (String spelling : spellings) {
        for (String cased : List.of(titleCase(spelling), spelling.toUpperCase(Locale.ROOT))) {
          boolean abbreviation = !spelling.equals(full);
          if (!abbreviation || optionalPeriod) {
            alternatives.add(cased);
          }
          if (abbreviation) {
            alternatives.add(cased + ".");
          }
        }
      }
    }
    return "(?-i:" + PhraseRegex.of(alternatives) + ")(?![\\p{L}\\d])";
  }

  private static String words(Iterable<String> spellings) {
    return "(?:" + alternation(spellings, Function.identity()) + ")";
  }

  private static String alternation(Iterable<String> spellings, Function<String, String> casing) {
    List<String> alternatives = new ArrayList<>();
    for (String spelling : spellings) {
      alternatives.add(casing.apply(spelling));
    }
    return PhraseRegex.of(alternatives) + "(?![\\w])";
  }

  private static String titleCase(String words) {
    StringBuilder out = new StringBuilder(words.length());
    boolean start = true;
    for (char c : words.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
