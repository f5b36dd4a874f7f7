package org.dossier.knowledge.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name as written into the key it is looked up by, so that "the U.S.", "US" and "us" meet,
 * as do "Sana'a" and "Sanaa", "Khan-Younis" and "Khan Younis", "Ḥaifā" and "Haifa".
 *
 * <p>The key is lower case, without diacritics, dots or apostrophes, with hyphens, commas and
 * brackets read as spaces, whitespace collapsed and a leading "the " removed. Dots are dropped
 * rather than spaced so that abbreviations ("U.S.", "D.C.") collapse to their undotted form.
 * Thread-safe: holds no state.
 */
public final class NameKey {

  /** Particles that belong to a surname: "al-Assad", "von der Leyen", "bin Salman". */
  private static final Set<String> SURNAME_PARTICLES = Set.of(
      "al", "el", "bin", "ibn", "bint", "ben", "abu", "de", "del", "della", "da", "di", "dos", "du",
      "van", "von", "der", "den", "le", "la");

  /** Generational suffixes and regnal numbers, which end names but are not surnames. */
  private static final Pattern SUFFIX = Pattern.compile("jr|sr|[ivx]+");

  private NameKey() {
  }

  /** The lookup key of {@code text}; empty when the text has no letters or digits. */
  public static String of(String text) {
    // Most names are plain ASCII; skipping the decomposition for them keeps loading fast.
    String source = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(source.length());
    for (int i = 0; i < source.length(); i++) {
      appendFolded(key, source.charAt(i));
    }
    int length = key.length();
    if (length > 0 && key.charAt(length - 1) == ' ') {
      key.setLength(length - 1);
    }
    return key.length() > 4 && key.indexOf("the ") == 0 ? key.substring(4) : key.toString();
  }

  /**
   * The keys a person may be called by surname: the last word of the name, and with the
   * particles before it ("Bashar al-Assad" gives "assad" and "al assad"). Generational suffixes
   * and regnal numbers are not surnames ("Joe Biden Jr." gives "biden", "Abdullah II" nothing).
   */
  public static Set<String> surnameKeys(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(of(name).split(" ")));
    while (!words.isEmpty() && SUFFIX.matcher(words.get(words.size() - 1)).matches()) {
      words.remove(words.size() - 1);
    }
    Set<String> keys = new LinkedHashSet<>();
    if (words.size() < 2) {
      return keys;
    }
    int from = words.size() - 1;
    keys.add(words.get(from));
    while (from > 1 && SURNAME_PARTICLES.contains(words.get(from - 1))) {
      from--;
      keys.add(String.join(" ", words.subList(from, words.size())));
    }
    return keys;
  }

  private static void appendFolded(StringBuilder key, char c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return;
    }
    switch (c) {
      case '.', '\'', '\u2019', '\u2018', '`', '\u00B4', '\u02BB', '\u02BC', '\u02BE', '\u02BF' -> {
        // Dropped, not spaced: "U.S." -> "us", "Sana'a" -> "sanaa".
      }
      case '-', '\u2010', '\u2011', '\u2013', '\u2014', ',', '/', '(', ')', '"', '\u201C', '\u201D',
          ';', ':', '_' -> appendSpace(key);
      case '\u00F8', '\u00D8' -> key.append('o');
      case '\u00E6', '\u00C6' -> key.append("ae");
      case '\u0153', '\u0152' -> key.append("oe");
      case '\u00DF' -> key.append("ss");
      case '\u0142', '\u0141' -> key.append('l');
      case '\u0111', '\u0110' -> key.append('d');
      case '\u0131' -> key.append('i');
      case '\u00FE', '\u00DE' -> key.append("th");
      default -> {
        if (Character.isWhitespace(c)) {
          appendSpace(key);
        } else {
          key.append(Character.toLowerCase(c));
        }
      }
    }
  }

  /** Appends one space between words: never at the start, never two in a row. */
  private static void appendSpace(StringBuilder key) {
    if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
      key.append(' ');
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
