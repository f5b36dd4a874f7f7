package org.dossier.nlp.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a span of text, for rules that accept a match only in some company: "2003"
 * is no year in "2003 people", "a year" is a frequency in "$5 billion a year". Stateless.
 */
final class Neighbors {

  private static final Pattern NEXT_WORD =
      Pattern.compile("[ \\t]*,?[ \\t]*([\\p{L}\\d$%][\\p{L}\\d'’\\-.]*)");
  private static final Pattern PREVIOUS_WORD =
      Pattern.compile("([\\p{L}\\d$%][\\p{L}\\d'’\\-.,$%]*)[\\s]*$");
  /** Plural-looking words that are not counted nouns. */
  private static final Set<String> NOT_PLURAL_NOUNS = Set.of("was", "is", "has", "as", "his",
      "its", "this", "thus", "us", "plus", "yes", "less", "unless", "always", "perhaps", "across",
      "whereas", "versus", "news", "series", "does", "goes", "says", "ours", "hers", "yours",
      "theirs", "means", "besides", "towards", "afterwards", "sometimes");
  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women",
      "children", "feet", "police", "staff", "personnel", "persons", "cattle");
  private static final Set<String> AMOUNT_WORDS = Set.of("million", "billion", "trillion",
      "thousand", "hundred", "dozen", "percent", "cents", "dollars", "dollar", "cent", "%");

  private Neighbors() {
  }

  /** The word right after {@code end} on the same line, lower case, or "" if none. */
  static String nextWord(String text, int end) {
    // Callers step past words they have read: {@code end} may lie past the end of the text.
    Matcher m = NEXT_WORD.matcher(text).region(Math.min(end, text.length()), text.length());
    return m.lookingAt() ? TimeLexicon.normalize(m.group(1)) : "";
  }

  /** The word right after {@code end} as written, or "" if none. */
  static String nextWordAsWritten(String text, int end) {
    Matcher m = NEXT_WORD.matcher(text).region(Math.min(end, text.length()), text.length());
    return m.lookingAt() ? m.group(1) : "";
  }

  /** True when {@code word} begins with a capital letter, as a name does. */
  static boolean startsWithCapital(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** The word right before {@code start}, lower case, or "" if none. */
  static String previousWord(String text, int start) {
    Matcher m = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - 40), start));
    return m.find() ? TimeLexicon.normalize(m.group(1)) : "";
  }

  /** True when {@code word} looks like a plural noun: "people" or a lower-case word in -s. */
  static boolean isPluralNoun(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        && !word.endsWith("ous") && !word.endsWith("'s") && !NOT_PLURAL_NOUNS.contains(word)
        || IRREGULAR_PLURALS.contains(word);
  }

  /** True when {@code word} is a number or an amount of money ("$5", "50,000", "billion", "%"). */
  static boolean isQuantity(String word) {
    return word.chars().anyMatch(Character::isDigit) || AMOUNT_WORDS.contains(word);
  }
}
