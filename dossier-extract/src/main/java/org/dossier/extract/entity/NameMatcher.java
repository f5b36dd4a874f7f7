package org.dossier.extract.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether two spellings name the same person or thing: equal after normalization, or
 * one typo apart in a long enough word with the same first letter ("Zelenskiy" = "Zelenskyy"), but
 * never across short words where one letter is a different name ("Iran" ≠ "Iraq"). Thread-safe.
 */
public final class NameMatcher {

  private static final int MIN_FUZZY_LENGTH = 6;
  // Compiled once: normalize runs for every pair of names an article compares.
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}' -]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Lower case, no diacritics, no punctuation but inner spaces and hyphens. */
  public static String normalize(String name) {
    if (isPlain(name)) {
      return name.toLowerCase(Locale.ROOT);
    }
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = NOT_NAME.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Whether {@code name} is ASCII letters, digits, apostrophes and hyphens with single inner
   * spaces, which normalizing only lower-cases. Most names are, and the regular expressions
   * cost more than the rest of name matching.
   */
  private static boolean isPlain(String name) {
    int last = name.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = name.charAt(i);
      boolean word = c < 128 && (Character.isLetterOrDigit(c) || c == '\'' || c == '-');
      boolean innerSpace = c == ' ' && i > 0 && i < last && name.charAt(i - 1) != ' ';
      if (!word && !innerSpace) {
        return false;
      }
    }
    return true;
  }

  /** Whether two single words are the same name, allowing one typo in long words. */
  public boolean sameWord(String a, String b) {
    String x = normalize(a);
    String y = normalize(b);
    if (x.equals(y)) {
      return true;
    }
    if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)) {
      return false;
    }
    int shorter = Math.min(x.length(), y.length());
    if (shorter < MIN_FUZZY_LENGTH - 1 || Math.max(x.length(), y.length()) < MIN_FUZZY_LENGTH) {
      return false;
    }
    return distance(x, y) <= (shorter >= 10 ? 2 : 1);
  }

  /** Whether two multi-word names match word for word, each word by {@link #sameWord}. */
  public boolean sameName(String a, String b) {
    String[] x = normalize(a).split(" ");
    String[] y = normalize(b).split(" ");
    if (x.length != y.length) {
      return false;
    }
    int fuzzy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!x[i].equals(y[i])) {
        if (!sameWord(x[i], y[i])) {
          return false;
        }
        fuzzy++;
      }
    }
    // One misspelt word per name: two fuzzy words make a different person too likely.
    return fuzzy <= 1;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
