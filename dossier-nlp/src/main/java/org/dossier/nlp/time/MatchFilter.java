package org.dossier.nlp.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops matches that only look like time expressions: pieces of titles and names ("High Noon",
 * ABC's "This Week", "60 Minutes": a capitalized common time word inside a sentence) and pieces
 * of hyphenated compounds ("a quarter-century", "quarter-to-quarter"). Stateless.
 */
final class MatchFilter {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’.]*");

  private MatchFilter() {
  }

  static boolean keeps(RuleMatch match, String text, TimeLexicon lexicon) {
    return !insideCompound(match, text) && !titleCased(match, text, lexicon);
  }

  private static boolean insideCompound(RuleMatch match, String text) {
    int end = match.end();
    boolean before = match.start() >= 2 && text.charAt(match.start() - 1) == '-'
        && Character.isLetter(text.charAt(match.start() - 2));
    boolean after = end + 1 < text.length() && text.charAt(end) == '-'
        && Character.isLetter(text.charAt(end + 1));
    return before || after;
  }

  /** A capitalized common word (not a month, weekday or holiday) away from a sentence start. */
  private static boolean titleCased(RuleMatch match, String text, TimeLexicon lexicon) {
    if (match.rule().name().equals("holiday")) {
      return false;
    }
    Matcher words = WORD.matcher(text).region(match.start(), match.end());
    boolean first = true;
    while (words.find()) {
      String word = words.group();
      boolean capitalized = Character.isUpperCase(word.charAt(0))
          && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
      boolean properName = lexicon.month(word).isPresent() || lexicon.weekday(word).isPresent();
      if (capitalized && !properName && !(first && startsSentence(text, words.start()))) {
        return true;
      }
      first = false;
    }
    return false;
  }

  private static boolean startsSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = text.charAt(i);
    return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"'
        || c == '“' || c == '\'' || c == '`' || c == '(' || c == '_' || c == '-' || c == '—'
        || c == '–' || c == '[' || c == '‘';
  }
}
