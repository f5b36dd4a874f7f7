package org.dossier.nlp.time;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes rule patterns in a small macro language: {@code {MONTH}}, {@code {WEEKDAY}},
 * {@code {NUM}} and the like stand for the lexicon's alternations, so that rules read like the
 * expressions they match ("{NUM} {UNIT} ago"), and a space stands for any run of white space.
 * Patterns are case-insensitive except for proper names. Immutable.
 */
final class RuleSyntax {

  private static final Pattern MACRO = Pattern.compile("(?<!\\\\p)\\{([A-Z]+)\\}");
  private static final String UNITS_1_9 = "(?:one|two|three|four|five|six|seven|eight|nine)";
  private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  private static final String TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
      + "|seventeen|eighteen|nineteen)";

  private final Map<String, String> macros = new LinkedHashMap<>();
  private final TimeLexicon lexicon;

  RuleSyntax(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    macros.put("B", "(?<![\\p{L}\\d'’])");
    macros.put("E", "(?![\\p{L}\\d])");
    macros.put("MONTH", lexicon.monthRegex());
    macros.put("WEEKDAY", lexicon.weekdayRegex());
    macros.put("NUMWORD", lexicon.numberWordRegex());
    macros.put("NUM", "(?:\\d+(?:[.,]\\d+)*(?:[\\s\\-]+\\d/\\d)?|\\d/\\d|"
        + lexicon.numberWordRegex() + "(?:[\\s\\-]+(?:and[\\s\\-]+)?" + lexicon.numberWordRegex()
        + ")*"
        + "(?:\\s+and\\s+(?:a|one)\\s+half)?|" + PhraseRegex.of(List.of("a half", "one half", "a",
            "an", "several", "a few", "few", "a number of", "many", "numerous", "dozens of",
            "hundreds of")) + "(?![\\p{L}]))");
    macros.put("ORD", "(?:" + lexicon.ordinalRegex() + "|\\d{1,2}(?:st|nd|rd|th))");
    macros.put("UNIT", lexicon.unitRegex());
    macros.put("SEASON", lexicon.seasonRegex());
    macros.put("DAYPART", lexicon.dayPartRegex());
    macros.put("HOLIDAY", lexicon.holidayRegex());
    macros.put("YEAR",
        "(?<![\\p{L}\\d$£€#/.,])(?:1[5-9]\\d\\d|20\\d\\d)(?![\\p{L}\\d%]|[.,]\\d)");
    macros.put("SPOKENYEAR", "(?:(?:nineteen|twenty)[\\s\\-]+(?:" + TENS + "(?:[\\s\\-]+"
        + UNITS_1_9 + ")?|" + TEENS + "|hundred|oh[\\s\\-]+" + UNITS_1_9 + ")"
        + "|two\\s+thousand(?:\\s+and)?(?:[\\s\\-]+(?:" + UNITS_1_9 + "|" + TEENS + "))?)");
    macros.put("DAYNUM", "(?:(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)|"
        + lexicon.ordinalRegex() + ")");
    // "around" before "the" is a preposition ("around the days"); "over" and "under" too often
    // are ("stretched over three hours"), so they stay out of the expression.
    macros.put("APPROX", "(?:around(?!\\s+the\\b)|" + PhraseRegex.of(List.of("about",
        "approximately", "roughly", "nearly", "almost", "some", "more than", "less than",
        "fewer than", "at least", "at most", "up to", "no more than", "no less than",
        "not more than", "close to", "well over", "upwards of", "an additional", "a additional",
        "another", "the better part of", "a good part of")) + "(?![\\p{L}]))");
    macros.put("SPANMOD", PhraseRegex.of(List.of("past", "last", "next", "first", "final",
        "coming", "previous", "preceding", "following", "remaining", "latest", "entire", "whole",
        "full", "same", "initial", "additional", "other", "ensuing", "intervening")));
    macros.put("POINTMOD", "(?:(?:the\\s+)?(?:very\\s+)?" + PhraseRegex.of(List.of("early", "late",
        "mid", "middle of", "end of", "beginning of", "start of", "turn of", "rest of",
        "remainder of", "balance of", "dawn of")) + "[\\s\\-]+|"
        + PhraseRegex.of(List.of("sometime", "around")) + "[\\s\\-]+)");
  }

  /**
   * Compiles {@code template}, expanding macros; a space matches any run of white space and an
   * optional space ({@code " ?"}) any white space or none.
   */
  Pattern compile(String template) {
    Matcher m = MACRO.matcher(template.replace(" ?", "\\s*").replace(" ", "\\s+"));
    StringBuilder regex = new StringBuilder();
    while (m.find()) {
      String expansion = macros.get(m.group(1));
      if (expansion == null) {
        throw new IllegalArgumentException("Unknown macro {" + m.group(1) + "} in rule '"
            + template + "'");
      }
      m.appendReplacement(regex, Matcher.quoteReplacement(expansion));
    }
    m.appendTail(regex);
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  TimeLexicon lexicon() {
    return lexicon;
  }

  /** Reads a year written in digits ("1998", "'98") or words ("nineteen ninety-eight"). */
  int year(String written) {
    String words = TimeLexicon.normalize(written).replace("'", "");
    if (words.chars().allMatch(Character::isDigit)) {
      int year = Integer.parseInt(words);
      return words.length() == 2 ? (year < 30 ? 2000 + year : 1900 + year) : year;
    }
    if (words.startsWith("two thousand")) {
      String rest = words.substring("two thousand".length()).replace("and", "").trim();
      return 2000 + (rest.isEmpty() ? 0 : Amount.parse(rest, lexicon).flatMap(Amount::whole)
          .orElse(0L).intValue());
    }
    String[] parts = words.split(" ", 2);
    int century = lexicon.numberWord(parts[0]).orElse(19);
    String rest = parts.length > 1 ? parts[1].replace("oh ", "") : "";
    long within = rest.equals("hundred") ? 0
        : Amount.parse(rest, lexicon).flatMap(Amount::whole).orElse(0L);
    return century * 100 + (int) within;
  }

  /** Reads an ordinal or day number: "3rd", "third", "21", "twenty-first"; 0 when unreadable. */
  int ordinal(String written) {
    String words = TimeLexicon.normalize(written);
    String digits = words.replaceAll("(st|nd|rd|th)$", "");
    if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(digits);
    }
    return lexicon.ordinal(words).orElse(0);
  }
}
