package org.dossier.nlp.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.TimexType;

/**
 * Rules for days and months the text writes out: "Feb. 11, 2026", "11 February 2026",
 * "2026-02-11", "2/11/2026", "Wednesday, Feb. 11", "the week of March 6", "June 2025", "July
 * last year", "in January", "Christmas". A date or month without a year takes the year that puts
 * it nearest the anchor date in the direction of the tense.
 */
final class WrittenDateRules {

  /** Words before a month name that make it a month rather than a name or a verb ("May"). */
  static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "during",
      "before", "after", "from", "through", "to", "of", "early", "late", "mid", "last", "next",
      "this", "that", "each", "every", "between", "and", "or", "around", "on", "for", "the",
      "throughout", "into", "end", "beginning", "middle", "start");

  private WrittenDateRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    return List.of(
        TimexRule.of("iso-date", s.compile("{B}(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)"
            + "(?:T(?<h>[0-2]\\d):(?<min>[0-5]\\d))?{E}"),
            (m, c) -> isoDate(m)),
        TimexRule.of("numeric-date", s.compile(
            "{B}(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d\\d){E}(?!/)"),
            (m, c) -> date(s.year(m.group("y").get()), Integer.parseInt(m.group("m").get()),
                Integer.parseInt(m.group("d").get()))),
        TimexRule.of("month-day-year", s.compile("{B}(?:(?<wd>{WEEKDAY}),? )?(?<month>{MONTH})"
            + " (?:the )?(?<day>{DAYNUM})(?:,? (?<year>{YEAR}|{SPOKENYEAR}))?{E}"),
            (m, c) -> monthDay(s, m, c)),
        // "April 24 and 25": the second day is a date of its own, in the first one's month and
        // year.
        TimexRule.of("second-day", s.compile("{B}(?<month>{MONTH}) (?:the )?{DAYNUM} (?:and|or"
            + "|to|through) (?<x>(?<day>{DAYNUM})){E}(?![ \\-]?(?:%|percent|per|million"
            + "|billion|people|of))"),
            (m, c) -> c.discourse().day()
                .filter(first -> first.start().getMonthValue()
                    == s.lexicon().month(m.group("month").get()).orElseThrow())
                .flatMap(first -> date(first.year(), first.start().getMonthValue(),
                    s.ordinal(m.group("day").get())))
                .or(() -> monthDay(s, m, c))),
        TimexRule.of("day-month-year", s.compile("{B}(?:(?<wd>{WEEKDAY}),? )?(?:the )?"
            + "(?<day>{DAYNUM}) (?:of )?(?<month>{MONTH})(?:,? (?<year>{YEAR}))?{E}"),
            (m, c) -> monthDay(s, m, c)),
        TimexRule.of("week-of", s.compile("{B}(?:the )?(?<unit>week|weekend) of (?<month>{MONTH})"
            + " (?<day>{DAYNUM})(?:,? (?<year>{YEAR}))?{E}"),
            (m, c) -> monthDay(s, m, c).flatMap(Resolution::point).map(day -> Resolution.date(
                CalendarPoint.of(m.group("unit").get().equalsIgnoreCase("week")
                    ? Granularity.WEEK : Granularity.WEEKEND, day.start())))),
        TimexRule.of("month-year", s.compile("{B}(?:{POINTMOD})?(?<month>{MONTH})(?:,? | of )"
            + "(?:(?<year>{YEAR}|{SPOKENYEAR}|['’]\\d\\d)|(?<rel>last|this|next) year){E}"),
            (m, c) -> Optional.of(monthYear(s, m, c))),
        TimexRule.of("month", s.compile("{B}(?:(?<mod>{POINTMOD}))?(?<month>{MONTH}){E}"),
            WrittenDateRules::acceptsMonth,
            (m, c) -> {
              int month = s.lexicon().month(m.group("month").get()).orElseThrow();
              return Optional.of(c.fromToday(Granularity.MONTH, anchor -> Resolution.date(
                  Occurrences.month(anchor, month, c.direction()))));
            }),
        TimexRule.of("holiday", s.compile("{B}(?:(?<which>last|next|this) )?(?<name>{HOLIDAY})"
            + "(?<week> week)?(?:,? (?<year>{YEAR}))?{E}"),
            (m, c) -> Optional.of(holiday(s, m, c))));
  }

  private static Optional<Resolution> isoDate(RuleMatch m) {
    Optional<Resolution> day = date(Integer.parseInt(m.group("y").get()),
        Integer.parseInt(m.group("m").get()), Integer.parseInt(m.group("d").get()));
    if (!m.has("h")) {
      return day;
    }
    String clock = m.group("h").get() + ":" + m.group("min").get();
    return day.flatMap(Resolution::point).map(d -> Resolution.time(d, clock));
  }

  /** "March 5" or "5 March", with or without a year. */
  static Optional<Resolution> monthDay(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    int month = s.lexicon().month(m.group("month").get()).orElseThrow();
    int day = s.ordinal(m.group("day").get());
    if (m.has("year")) {
      return date(s.year(m.group("year").get()), month, day);
    }
    if (c.anchor().isEmpty()) {
      return day < 1 || day > 31 ? Optional.empty() : Optional.of(
          Resolution.of(TimexType.DATE, String.format("XXXX-%02d-%02d", month, day)));
    }
    return Occurrences.monthDay(c.anchor().get(), month, day, c.direction())
        .map(d -> Resolution.date(CalendarPoint.day(d)));
  }

  private static Resolution monthYear(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    int month = s.lexicon().month(m.group("month").get()).orElseThrow();
    if (m.has("year")) {
      return Resolution.date(CalendarPoint.month(s.year(m.group("year").get()), month));
    }
    String rel = TimeLexicon.normalize(m.group("rel").get());
    int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
    return c.fromToday(Granularity.MONTH,
        anchor -> Resolution.date(CalendarPoint.month(anchor.getYear() + shift, month)));
  }

  /** "Easter", "Christmas 2025", "Easter week" (the ISO week holding the holiday). */
  private static Resolution holiday(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    String rule = s.lexicon().holidayRule(m.group("name").get()).orElseThrow();
    Granularity unit = m.has("week") ? Granularity.WEEK : Granularity.DAY;
    if (m.has("year")) {
      return Resolution.date(CalendarPoint.of(unit,
          Occurrences.holiday(rule, s.year(m.group("year").get()))));
    }
    Tense direction = m.group("which").map(TimeLexicon::normalize)
        .map(w -> w.equals("last") ? Tense.PAST : w.equals("next") ? Tense.FUTURE : c.direction())
        .orElse(c.direction());
    return c.fromToday(unit, anchor -> {
      CalendarPoint thisYears =
          CalendarPoint.of(unit, Occurrences.holiday(rule, anchor.getYear()));
      // "as Easter week began" on its Monday: the week under way, whatever the tense.
      boolean underWay = thisYears.equals(CalendarPoint.of(unit, anchor));
      return Resolution.date(underWay && !m.has("which") ? thisYears
          : CalendarPoint.of(unit, Occurrences.holiday(rule, anchor, direction)));
    });
  }

  static Optional<Resolution> date(int year, int month, int day) {
    try {
      return Optional.of(Resolution.date(CalendarPoint.day(LocalDate.of(year, month, day))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Bare month names are months unless they are names or verbs: "May" needs a cue ("in May"),
   * abbreviations need a period ("Jan." but not "Jan Kavan"), and "March of the Mothers", "March
   * of Dimes" or "March for Life" is an event.
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
    int afterNextAt = text.indexOf(next, m.end()) + next.length();
    String afterNext = Neighbors.nextWordAsWritten(text, afterNextAt);
    if (afterNext.equals("the")) {
      // "March of the Combatant Mothers": the name starts after the article.
      afterNextAt = text.indexOf(afterNext, afterNextAt) + afterNext.length();
      afterNext = Neighbors.nextWordAsWritten(text, afterNextAt);
    }
    return !(next.matches("of|for") && Neighbors.startsWithCapital(afterNext));
  }
}
