package org.dossier.nlp.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.TimexType;

/**
 * Rules for dates the text writes out: "Feb. 11, 2026", "11 February 2026", "2026-02-11",
 * "Wednesday, Feb. 11", "June 2025", "in January", "2003", "the 1990s", "the 20th century",
 * "the summer of 1994", "Christmas". A date without a year takes the year that puts it nearest
 * the anchor in the direction of the tense.
 */
final class ExplicitDateRules {

  /** Words before a number that make it a label, not a year ("Flight 1549", "No. 1999"). */
  private static final Set<String> LABELS = Set.of("no", "no.", "number", "flight", "route",
      "room", "highway", "interstate", "page", "pages", "article", "section", "resolution", "rule",
      "model", "boeing", "airbus", "chapter", "item", "code", "box", "suite", "apartment", "vol",
      "volume", "p", "pp", "unit", "units", "lot", "gate", "bus", "train", "exit", "channel",
      "cell", "version", "opus", "op", "size", "type", "class", "grade", "level", "step", "stage",
      "phase", "round", "game", "bill", "h.r", "s", "act", "law");
  private static final Set<String> YEAR_CUES = Set.of("in", "since", "until", "till", "by",
      "during", "before", "after", "from", "through", "to", "of", "fiscal", "calendar", "year",
      "early", "late", "mid", "summer", "spring", "fall", "autumn", "winter", "and", "or", "the",
      "between", "around", "about", "for", "than", "at", "into", "on", "circa");
  /** Words before a month name that make it a month rather than a name or a verb ("May"). */
  private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "during", "before", "after", "from", "through", "to", "of", "early", "late", "mid", "last", "next", "this", "that", "each", "every", "between", "and", "or", "around", "on", "for", "the", "throughout", "into", "end", "beginning", "middle", "start");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "your",
      "our", "its");

  private ExplicitDateRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    TimeLexicon lex = s.lexicon();
    return List.of(
        TimexRule.of("iso-date", s.compile(
            "{B}(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<h>[0-2]\\d):(?<min>[0-5]\\d))?{E}"),
            (m, c) -> date(Integer.parseInt(m.group("y").get()), Integer.parseInt(m.group("m").get()),
                Integer.parseInt(m.group("d").get())).map(r -> m.has("h")
                    ? Resolution.time(r.point().orElseThrow(), m.group("h").get() + ":"
                        + m.group("min").get()) : r)),
        TimexRule.of("numeric-date", s.compile(
            "{B}(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d\\d){E}(?!/)"),
            (m, c) -> date(s.year(m.group("y").get()), Integer.parseInt(m.group("m").get()),
                Integer.parseInt(m.group("d").get()))),
        TimexRule.of("month-day-year", s.compile("{B}(?:(?<wd>{WEEKDAY}),? )?"
            + "(?<month>{MONTH}) (?:the )?(?<day>{DAYNUM})(?:,? (?<year>{YEAR}|{SPOKENYEAR}))?{E}"),
            (m, c) -> monthDay(s, m, c)),
        TimexRule.of("day-month-year", s.compile("{B}(?:(?<wd>{WEEKDAY}),? )?(?:the )?"
            + "(?<day>{DAYNUM}) (?:of )?(?<month>{MONTH})(?:,? (?<year>{YEAR}))?{E}"),
            (m, c) -> monthDay(s, m, c)),
        TimexRule.of("month-year", s.compile("{B}(?:{POINTMOD})?(?<month>{MONTH})(?:,? | of )"
            + "(?:(?<year>{YEAR}|{SPOKENYEAR}|['’]\\d\\d)|(?<rel>last|this|next) year){E}"),
            (m, c) -> {
              int month = lex.month(m.group("month").get()).orElseThrow();
              if (m.has("year")) {
                return Optional.of(Resolution.date(CalendarPoint.month(s.year(m.group("year").get()),
                    month)));
              }
              String rel = TimeLexicon.normalize(m.group("rel").get());
              int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
              return Optional.of(c.fromToday(Granularity.MONTH, anchor -> Resolution.date(
                  CalendarPoint.month(anchor.getYear() + shift, month))));
            }),
        TimexRule.of("month", s.compile("{B}(?:(?<mod>{POINTMOD}))?(?<month>{MONTH}){E}"),
            ExplicitDateRules::acceptsMonth,
            (m, c) -> {
              int month = lex.month(m.group("month").get()).orElseThrow();
              return Optional.of(c.fromToday(Granularity.MONTH, anchor -> Resolution.date(
                  Occurrences.month(anchor, month, c.direction()))));
            }),
        TimexRule.of("year", s.compile("{B}(?:{POINTMOD}|(?:fiscal|calendar) (?:year )?|the year "
            + "|FY ?|post-|pre-)?(?<year>{YEAR}|{SPOKENYEAR})(?!(?<=0)['’]?s\\b){E}"),
            ExplicitDateRules::acceptsYear,
            (m, c) -> Optional.of(Resolution.date(CalendarPoint.year(s.year(m.group("year").get()))))),
        TimexRule.of("decade", s.compile("{B}(?:the )?(?:{POINTMOD})?(?:(?<cent>1[5-9]|20)"
            + "(?<dec>\\d)0['’]?s|['’](?<dec2>\\d)0['’]?s|(?<word>twenties|thirties|forties|fifties"
            + "|sixties|seventies|eighties|nineties)){E}"),
            (m, text) -> !POSSESSIVES.contains(Neighbors.previousWord(text, m.start())),
            (m, c) -> Optional.of(decade(m, c))),
        TimexRule.of("century", s.compile("{B}(?:the )?(?:{POINTMOD})?(?<ord>{ORD})[ \\-]century{E}"),
            (m, c) -> {
              int ordinal = s.ordinal(m.group("ord").get());
              return ordinal < 1 ? Optional.empty() : Optional.of(Resolution.date(
                  new CalendarPoint(Granularity.CENTURY, LocalDate.of((ordinal - 1) * 100, 1, 1))));
            }),
        TimexRule.of("season", s.compile("{B}(?:{POINTMOD})?(?:the )?(?<season>{SEASON}){E}"),
            ExplicitDateRules::acceptsSeason,
            (m, c) -> {
              int start = lex.seasonStart(m.group("season").get()).orElseThrow();
              return Optional.of(c.fromToday(Granularity.SEASON, anchor -> Resolution.date(
                  Occurrences.season(anchor, start, c.direction()))));
            }),
        TimexRule.of("year-end", s.compile("{B}(?:the )?(?:year[ \\-]end|year['’]s end|end of the year)"
            + "{E}"),
            (m, c) -> Optional.of(c.fromToday(Granularity.YEAR, anchor -> Resolution.date(
                CalendarPoint.year(anchor.getYear() - (c.direction() == Tense.PAST
                    && anchor.getMonthValue() < 12 ? 1 : 0)))))),
        TimexRule.of("season-year", s.compile("{B}(?:the )?(?:{POINTMOD})?(?<season>{SEASON}) "
            + "(?:of )?(?<year>{YEAR}|{SPOKENYEAR}){E}"),
            (m, c) -> Optional.of(Resolution.date(CalendarPoint.season(s.year(m.group("year").get()),
                lex.seasonStart(m.group("season").get()).orElseThrow())))),
        TimexRule.of("holiday", s.compile("{B}(?:(?<which>last|next|this) )?(?<name>{HOLIDAY})"
            + "(?:,? (?<year>{YEAR}))?{E}"),
            (m, c) -> {
              String rule = lex.holidayRule(m.group("name").get()).orElseThrow();
              if (m.has("year")) {
                return Optional.of(Resolution.date(CalendarPoint.day(
                    Occurrences.holiday(rule, s.year(m.group("year").get())))));
              }
              Tense direction = m.group("which").map(TimeLexicon::normalize)
                  .map(w -> w.equals("last") ? Tense.PAST : w.equals("next") ? Tense.FUTURE
                      : c.direction()).orElse(c.direction());
              return Optional.of(c.fromToday(Granularity.DAY, anchor -> Resolution.date(
                  CalendarPoint.day(Occurrences.holiday(rule, anchor, direction)))));
            }));
  }

  private static Optional<Resolution> monthDay(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    int month = s.lexicon().month(m.group("month").get()).orElseThrow();
    int day = s.ordinal(m.group("day").get());
    if (m.has("year")) {
      return date(s.year(m.group("year").get()), month, day);
    }
    if (c.anchor().isEmpty()) {
      return day < 1 || day > 31 ? Optional.empty()
          : Optional.of(Resolution.of(TimexType.DATE, String.format("XXXX-%02d-%02d", month, day)));
    }
    return Occurrences.monthDay(c.anchor().get(), month, day, c.direction())
        .map(d -> Resolution.date(CalendarPoint.day(d)));
  }

  private static Optional<Resolution> date(int year, int month, int day) {
    try {
      return Optional.of(Resolution.date(CalendarPoint.day(LocalDate.of(year, month, day))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A four-digit number is a year unless it counts something ("2003 people", "1500 troops") or
   * labels something ("Flight 1549"); after "in", "the", "fiscal" and the like it is a year even
   * before a plural ("the 1992 protests").
   */
  private static boolean acceptsYear(RuleMatch m, String text) {
    String previous = Neighbors.previousWord(text, m.start());
    String next = Neighbors.nextWordAsWritten(text, m.end());
    boolean counts = next.matches("(?i)million|billion|trillion|thousand|percent|%|cents|dollars|yen")
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
   * Bare month names are months unless they are names or verbs: "May" needs a cue ("in May"),
   * abbreviations need a period ("Jan." but not "Jan Kavan"), and "March of the Mothers" or
   * "March for Life" is an event.
   */
  private static boolean acceptsMonth(RuleMatch m, String text) {
    String month = m.group("month").get();
    String previous = Neighbors.previousWord(text, m.start());
    if (!m.has("mod") && month.equalsIgnoreCase("may") && !MONTH_CUES.contains(previous)) {
      return false;
    }
    boolean abbreviated = month.length() <= 4 && !month.equalsIgnoreCase("may")
        && !month.equalsIgnoreCase("june") && !month.equalsIgnoreCase("july");
    if (abbreviated && !text.startsWith(".", m.end())) {
      return false;
    }
    String next = Neighbors.nextWordAsWritten(text, m.end());
    String afterNext = Neighbors.nextWordAsWritten(text, m.end() + 1 + next.length());
    return !(next.matches("of|for") && !afterNext.isEmpty() && Character.isUpperCase(afterNext.charAt(0)));
  }

  /**
   * "fall" and "spring" are also verbs and nouns: only "the fall", "early spring" and such;
   * "the fall of Saddam" is no season.
   */
  private static boolean acceptsSeason(RuleMatch m, String text) {
    String season = TimeLexicon.normalize(m.group("season").get());
    if (Neighbors.nextWord(text, m.end()).equals("of")) {
      return false;
    }
    boolean determined = !m.matched().equalsIgnoreCase(m.group("season").get())
        || Set.of("this", "that", "each", "every", "last", "next")
            .contains(Neighbors.previousWord(text, m.start()));
    return determined || (season.equals("summer") || season.equals("winter"))
        && MONTH_CUES.contains(Neighbors.previousWord(text, m.start()));
  }

  private static Resolution decade(RuleMatch m, ResolutionContext c) {
    int decade;
    if (m.has("cent")) {
      decade = Integer.parseInt(m.group("cent").get()) * 10 + Integer.parseInt(m.group("dec").get());
    } else {
      int digit = m.group("dec2").map(Integer::parseInt).orElseGet(() -> wordDecade(m.group("word").get()));
      // "the '90s", "the nineties": the latest such decade not after the anchor year.
      int anchorYear = c.anchor().map(LocalDate::getYear).orElse(1999);
      int century = anchorYear / 100;
      decade = century * 10 + digit;
      if (decade * 10 > anchorYear) {
        decade -= 10;
      }
    }
    return Resolution.date(new CalendarPoint(Granularity.DECADE, LocalDate.of(decade * 10, 1, 1)));
  }

  private static int wordDecade(String word) {
    List<String> names = List.of("", "", "twenties", "thirties", "forties", "fifties", "sixties",
        "seventies", "eighties", "nineties");
    return names.indexOf(TimeLexicon.normalize(word));
  }
}
