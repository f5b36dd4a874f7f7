package org.dossier.ingest.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date written for people in a line of page text: "Feb. 11, 2026",
 * "February 11, 2026", "11 February 2026", "Wed 11 Feb 2026", "2026-02-11". Numeric day-month
 * orders other than ISO are ambiguous and not read. Thread-safe.
 */
public final class VisibleDateParser {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12));

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  /** The first date written in {@code line}, if any is a real calendar day. */
  public Optional<LocalDate> parse(String line) {
    Matcher iso = ISO.matcher(line);
    if (iso.find()) {
      return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(line);
    Matcher dmy = DAY_MONTH_YEAR.matcher(line);
    boolean hasMdy = mdy.find();
    boolean hasDmy = dmy.find();
    if (hasMdy && (!hasDmy || mdy.start() <= dmy.start())) {
      return date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
    }
    if (hasDmy) {
      return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
    }
    return Optional.empty();
  }

  /** Whether {@code line} is little more than a date (a date line, not a sentence). */
  public boolean isDateLine(String line) {
    if (parse(line).isEmpty()) {
      return false;
    }
    return line.split("\\s+").length <= 14 && !line.strip().endsWith(".")
        || line.strip().matches("(?i).*\\b\\d{4}\\.?$");
  }

  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer m = MONTHS.get(key.length() > 3 && !key.equals("sept") ? key.substring(0, 3) : key);
    if (m == null) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return m;
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1800 || y > 2200) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
