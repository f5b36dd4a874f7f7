package org.dossier.nlp.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for years and what is counted in years: "2003", "in 1998", "fiscal 1989", "mid-1996",
 * "nineteen ninety-one", "the 1990s", "the '80s", "the 20th century", "the summer of 1994",
 * "last summer", "year-end". Numbers that count or label something ("2,003 people", "$2003",
 * "Flight 1549") are not years.
 */
final class YearRules {

  /** Words before a number that make it a label, not a year ("Flight 1549", "No. 1999"). */
  private static final Set<String> LABELS = Set.of("no", "no.", "number", "flight", "route",
      "room", "highway", "interstate", "page", "pages", "article", "section", "resolution", "rule",
      "model", "boeing", "airbus", "chapter", "item", "code", "box", "suite", "apartment", "vol",
      "volume", "p", "pp", "unit", "units", "lot", "gate", "bus", "train", "exit", "channel",
      "cell", "version", "opus", "op", "size", "type", "class", "grade", "level", "step", "stage",
      "phase", "round", "game", "bill", "h.r", "s", "act", "law");
  /** Words before a number that make it a year even before a plural noun ("the 1992 protests"). */
  private static final Set<String> YEAR_CUES = Set.of("in", "since", "until", "till", "by",
      "during", "before", "after", "from", "through", "to", "of", "fiscal", "calendar", "year",
      "early", "late", "mid", "summer", "spring", "fall", "autumn", "winter", "the", "between",
      "around", "about", "for", "than", "at", "into", "on", "circa");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "your",
      "our", "its");
  private static final List<String> DECADE_WORDS = List.of("", "", "twenties", "thirties",
      "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

  private static final Set<String> SEASON_DETERMINERS = Set.of("this", "that", "each", "every",
      "last", "next");

  private YearRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    TimeLexicon lex = s.lexicon();
    return List.of(
        TimexRule.of("year", s.compile("{B}(?:{POINTMOD}|(?:fiscal|calendar) (?:year )?|the year "
            + "|FY ?|post-|pre-)?(?<year>{YEAR}|{SPOKENYEAR})(?!(?<=0)['’]?s\\b){E}"),
            YearRules::acceptsYear,
            (m, c) -> Optional.of(Resolution.date(CalendarPoint.year(
                s.year(m.group("year").get()))))),
        TimexRule.of("decade", s.compile("{B}(?:the )?(?:{POINTMOD})?(?:(?<cent>1[5-9]|20)"
            + "(?<dec>\\d)0['’]?s|['’](?<dec2>\\d)0['’]?s|(?<word>twenties|thirties|forties"
            + "|fifties|sixties|seventies|eighties|nineties)){E}"),
            (m, text) -> !POSSESSIVES.contains(Neighbors.previousWord(text, m.start())),
            (m, c) -> Optional.of(decade(m, c))),
        TimexRule.of("century", s.compile("{B}(?:the )?(?:{POINTMOD})?(?<ord>{ORD})[ \\-]century"
            + "{E}"),
            (m, c) -> {
              int ordinal = s.ordinal(m.group("ord").get());
              return ordinal < 1 ? Optional.empty() : Optional.of(Resolution.date(
                  CalendarPoint.of(Granularity.CENTURY, LocalDate.of((ordinal - 1) * 100, 1, 1))));
            }),
        TimexRule.of("season", s.compile("{B}(?:{POINTMOD})?(?:the )?(?<season>{SEASON}){E}"),
            YearRules::acceptsSeason,
            (m, c) -> {
              int start = lex.seasonStart(m.group("season").get()).orElseThrow();
              return Optional.of(c.fromToday(Granularity.SEASON, anchor -> Resolution.date(
                  Occurrences.season(anchor, start, c.direction()))));
            }),
        TimexRule.of("season-year", s.compile("{B}(?:the )?(?:{POINTMOD})?(?<season>{SEASON}) "
            + "(?:of )?(?<year>{YEAR}|{SPOKENYEAR}){E}"),
            (m, c) -> Optional.of(Resolution.date(CalendarPoint.season(
                s.year(m.group("year").get()),
                lex.seasonStart(m.group("season").get()).orElseThrow())))),
        // "by year-end" is this year's end; "since year-end" (past tense) last year's.
        TimexRule.of("year-end", s.compile("{B}(?:the )?(?:year[ \\-]end|year['’]s end"
            + "|end of the year){E}"),
            (m, c) -> Optional.of(c.fromToday(Granularity.YEAR, anchor -> Resolution.date(
                CalendarPoint.year(anchor.getYear() - (c.direction() == Tense.PAST
                    && anchor.getMonthValue() < 12 ? 1 : 0)))))));
  }

  /**
   * A four-digit number is a year unless it counts something ("2003 people", "1500 troops") or
   * labels something ("Flight 1549"); after "in", "the", "fiscal" and the like it is a year even
   * before a plural ("the 1992 protests").
   */
  private static boolean acceptsYear(RuleMatch m, String text) {
    String previous = Neighbors.previousWord(text, m.start());
    String next = Neighbors.nextWordAsWritten(text, m.end());
    boolean counts = next.matches("(?i)million|billion|trillion|thousand|percent|cents|dollars")
        || !next.isEmpty() && Character.isLowerCase(next.charAt(0))
            && Neighbors.isPluralNoun(TimeLexicon.normalize(next));
    String written = text.substring(m.start(), m.end());
    if (!written.matches("\\d{4}")) {
      // "fiscal 1989 sales", "mid-1990" are years; "two thousand people" is not.
      return !counts || Character.isDigit(written.charAt(written.length() - 1));
    }
    return !(counts && !YEAR_CUES.contains(previous)) && !LABELS.contains(previous);
  }

  /**
   * "fall" and "spring" are also verbs and nouns: only "the fall", "early spring" and such;
   * "the fall of Saddam" is no season.
   */
  private static boolean acceptsSeason(RuleMatch m, String text) {
    String season = TimeLexicon.normalize(m.group("season").get());
    String previous = Neighbors.previousWord(text, m.start());
    if (Neighbors.nextWord(text, m.end()).equals("of")) {
      return false;
    }
    boolean determined = !m.matched().equalsIgnoreCase(m.group("season").get())
        || SEASON_DETERMINERS.contains(previous);
    return determined || (season.equals("summer") || season.equals("winter"))
        && WrittenDateRules.MONTH_CUES.contains(previous);
  }

  /** "the 1990s" is 199; "the '90s" and "the nineties" the latest such decade by the anchor. */
  private static Resolution decade(RuleMatch m, ResolutionContext c) {
    int decade;
    if (m.has("cent")) {
      decade = Integer.parseInt(m.group("cent").get()) * 10
          + Integer.parseInt(m.group("dec").get());
    } else {
      int digit = m.group("dec2").map(Integer::parseInt).orElseGet(() ->
          DECADE_WORDS.indexOf(m.group("word").get().toLowerCase(Locale.ROOT)));
      // Without an anchor date, the twentieth century is the likelier one in news archives.
      int anchorYear = c.anchor().map(LocalDate::getYear).orElse(1999);
      decade = anchorYear / 100 * 10 + digit;
      if (decade * 10 > anchorYear) {
        decade -= 10;
      }
    }
    return Resolution.date(CalendarPoint.of(Granularity.DECADE, LocalDate.of(decade * 10, 1, 1)));
  }
}
