package org.dossier.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dossier.knowledge.Place;
import org.dossier.knowledge.PlaceKind;

/**
 * Reads places from a GeoNames dump in the tab-separated "cities" format (cities15000.txt and its
 * kin), plain or as a .zip holding one .txt; a malformed line is an
 * {@link IllegalArgumentException} naming the file and line.
 *
 * <p>Places get id {@code geonames:<geonameid>}, kind {@link PlaceKind#CAPITAL} for feature code
 * PPLC and {@link PlaceKind#CITY} otherwise. Of the alternate names only Latin-script ones are
 * kept: the rest cannot match English text, and dropping them keeps the index small.
 */
public final class GeonamesReader {
  private static final int COLUMNS = 19;
  private static final int MAX_NAME_LENGTH = 60;
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

  private GeonamesReader() {
  }

  /** The places in the dump at {@code path}. */
  public static List<Place> read(Path path) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    try {
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        return readZip(path);
      }
      try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        return read(path.toString(), reader);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(path + ": cannot read GeoNames dump: " + e, e);
    }
  }

  private static List<Place> readZip(Path path) throws IOException {
    try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
      ZipEntry entry = zip.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".txt"))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(path + ": holds no .txt file"));
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
        return read(path + "!" + entry.getName(), reader);
      }
    }
  }

  private static List<Place> read(String source, BufferedReader reader) throws IOException {
    List<Place> places = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        places.add(place(line.split("\t", -1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return places;
  }

  private static Place place(String[] fields) {
    if (fields.length < COLUMNS) {
      throw new IllegalArgumentException("expected " + COLUMNS
          + " tab-separated columns of the GeoNames cities format, found " + fields.length);
    }
    String id = fields[0].trim();
    if (!DIGITS.matcher(id).matches()) {
      throw new IllegalArgumentException("geonameid is not a number: '" + id + "'");
    }
    String name = fields[1].trim();
    String countryCode = fields[8].trim();
    if (name.isEmpty() || !COUNTRY_CODE.matcher(countryCode).matches()) {
      throw new IllegalArgumentException(
          "needs a name and a country code, found '" + name + "', '" + countryCode + "'");
    }
    PlaceKind kind = "PPLC".equals(fields[7].trim()) ? PlaceKind.CAPITAL : PlaceKind.CITY;
    return new Place("geonames:" + id, name, aliases(name, fields[2], fields[3]), countryCode,
        kind, number(fields[4], "latitude"), number(fields[5], "longitude"),
        population(fields[14]), Optional.empty());
  }

  private static List<String> aliases(String name, String asciiName, String alternateNames) {
    Map<String, String> byKey = new LinkedHashMap<>();
    byKey.put(NameKey.of(name), name);
    byKey.putIfAbsent(NameKey.of(asciiName), asciiName.trim());
    for (String alternate : alternateNames.split(",")) {
      String trimmed = alternate.trim();
      if (usable(trimmed)) {
        byKey.putIfAbsent(NameKey.of(trimmed), trimmed);
      }
    }
    byKey.remove(NameKey.of(name));
    byKey.remove("");
    return List.copyOf(byKey.values());
  }

  /** Latin-script names only, and not codes: airport and postal codes collide with words. */
  private static boolean usable(String alternate) {
    if (alternate.length() < 2 || alternate.length() > MAX_NAME_LENGTH) {
      return false;
    }
    boolean lowerCaseSeen = false;
    for (int i = 0; i < alternate.length(); i++) {
      char c = alternate.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      if (Character.isLetter(c)
          && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
      lowerCaseSeen |= Character.isLowerCase(c);
    }
    return lowerCaseSeen;
  }

  private static double number(String field, String what) {
    try {
      return Double.parseDouble(field.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " is not a number: '" + field + "'", e);
    }
  }

  private static long population(String field) {
    String trimmed = field.trim();
    if (trimmed.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(trimmed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("population is not a number: '" + field + "'", e);
    }
  }
}
