package org.dossier.ingest.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the language of a text as an ISO 639-1 code: by script for scripts used by one major
 * language (Hangul, kana, Hebrew, Greek, Cyrillic as Russian, Arabic script as Arabic, Han as
 * Chinese), by the commonest function words for Latin-script languages. Empty when the text is
 * too short to tell. Thread-safe.
 */
public final class LanguageGuesser {

  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "qui"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "dem"),
      "es", Set.of("el", "los", "las", "y", "del", "que", "en", "por", "una", "con", "para", "se"),
      "it", Set.of("il", "di", "che", "della", "per", "una", "sono", "nel", "gli", "con", "del", "alla"),
      "pt", Set.of("o", "os", "das", "do", "que", "não", "uma", "para", "com", "em", "da", "ao"),
      "nl", Set.of("de", "het", "een", "van", "en", "niet", "op", "dat", "zijn", "met", "voor", "ook"),
      "tr", Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "çok", "daha", "gibi", "olan"));
  private static final int MIN_WORDS = 5;

  public Optional<String> guess(String text) {
    Optional<String> byScript = byScript(text);
    if (byScript.isPresent()) {
      return byScript;
    }
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      FUNCTION_WORDS.forEach((lang, set) -> {
        if (set.contains(w)) {
          hits.merge(lang, 1, Integer::sum);
        }
      });
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    int total = words;
    return hits.entrySet().stream()
        .filter(e -> e.getValue() * 20 >= total)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  private static Optional<String> byScript(String text) {
    Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
    int letters = 0;
    for (int i = 0; i < text.length() && letters < 2000; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return Optional.empty();
    }
    Character.UnicodeScript top = counts.entrySet().stream()
        .max(Map.Entry.comparingByValue()).get().getKey();
    if (counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
        + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0) > letters / 10) {
      return Optional.of("ja");
    }
    return switch (top) {
      case HANGUL -> Optional.of("ko");
      case HAN -> Optional.of("zh");
      case HEBREW -> Optional.of("he");
      case GREEK -> Optional.of("el");
      case CYRILLIC -> Optional.of("ru");
      case ARABIC -> Optional.of("ar");
      case THAI -> Optional.of("th");
      case DEVANAGARI -> Optional.of("hi");
      default -> Optional.empty();
    };
  }
}
