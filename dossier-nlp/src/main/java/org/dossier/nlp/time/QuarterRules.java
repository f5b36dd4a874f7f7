package org.dossier.nlp.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.TimexType;

/**
 * Rules for the quarters and halves of business news: "the third quarter", "third-quarter",
 * "the fourth quarter of 1990", "this year's second half", "the first two quarters of 1990",
 * "Q3 2025", "the quarter ended July 31". A quarter without a year is the anchor year's, or last
 * year's if it has not begun (a results story reports on quarters that are over, whatever the
 * tense of the clause).
 */
final class QuarterRules {

  private QuarterRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    return List.of(
        TimexRule.of("quarter-ended", s.compile("{B}(?<x>(?:the|its|their) (?:fiscal |latest )?"
            + "(?<unit>quarter|half)) (?:ended|ending) (?<month>{MONTH}) (?<day>{DAYNUM})"),
            (m, c) -> Optional.of(quarterEnded(s, m, c))),
        TimexRule.of("ordinal-quarter", s.compile("{B}(?:(?<the>the) )?(?:(?<rel>this|last|next"
            + "|the current|the previous|the past) year['’]s |(?<ypre>{YEAR})(?:['’]s)? "
            + "|fiscal (?<fy>{YEAR}) )?(?:(?<ago1>year-earlier|year-ago|year earlier|year ago)"
            + " |(?:comparable|corresponding|same|fiscal|calendar) )*(?:fiscal[ \\-])?"
            + "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?<sep>[ \\-])"
            + "(?:fiscal[ \\-])?(?<unit>quarter|half)(?: (?:of|in|for) (?:the )?(?:fiscal"
            + " |calendar )?(?:(?<year>{YEAR})|(?<rel2>this|last|next|the current|the previous"
            + "|the past) (?:fiscal )?year|the (?:fiscal )?year))?(?<ago> (?:a year (?:ago"
            + "|earlier)|of last year|last year))?{E}"),
            QuarterRules::acceptsOrdinal,
            (m, c) -> Optional.of(ordinal(s, m, c))),
        // "the first two quarters of 1990" is its first half.
        TimexRule.of("two-quarters", s.compile("{B}(?:the )?(?<which>first|last|final) two"
            + " quarters (?:of|in) (?<year>{YEAR}){E}"),
            (m, c) -> Optional.of(Resolution.date(CalendarPoint.half(s.year(m.group("year").get()),
                m.group("which").get().equalsIgnoreCase("first") ? 1 : 2)))),
        // "Q3 2025", "H1", "3Q25": the short forms of business reporting.
        TimexRule.of("quarter-code", s.compile("{B}(?-i:(?:(?<code>[QH])(?<n>[1-4])|(?<n2>[1-4])"
            + "(?<code2>[QH]))(?:[ \\-]?(?<year>{YEAR}|['’]?\\d\\d))?){E}"),
            (m, text) -> !m.group("code").or(() -> m.group("code2")).orElse("").equals("H")
                || m.group("n").or(() -> m.group("n2")).orElse("").matches("[12]"),
            (m, c) -> Optional.of(code(s, m, c))));
  }

  /**
   * "final quarter" needs a year; "the third-quarter loss" is an adjective, whose determiner
   * belongs to the noun, not to the period.
   */
  private static boolean acceptsOrdinal(RuleMatch m, String text) {
    if (m.group("ord").orElse("").matches("(?i)final|last")
        && !(m.has("year") || m.has("rel2") || m.has("ypre") || m.has("fy"))) {
      return false;
    }
    return !(m.has("the") && m.group("sep").orElse(" ").equals("-"));
  }

  private static Resolution ordinal(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    String word = TimeLexicon.normalize(m.group("ord").get());
    boolean half = TimeLexicon.normalize(m.group("unit").get()).equals("half");
    int ordinal = word.matches("final|last") ? (half ? 2 : 4) : s.ordinal(word);
    Optional<Integer> explicit = m.group("year").or(() -> m.group("ypre"))
        .or(() -> m.group("fy")).map(s::year);
    Optional<String> rel = m.group("rel").or(() -> m.group("rel2")).map(TimeLexicon::normalize);
    if (explicit.isEmpty() && c.anchor().isEmpty()) {
      return Resolution.of(TimexType.DATE, "XXXX-" + (half ? "H" : "Q") + ordinal);
    }
    int year = explicit.orElseGet(() -> rel.map(r -> c.anchor().orElseThrow().getYear()
            + (r.matches(".*(last|previous|past)") ? -1 : r.equals("next") ? 1 : 0))
        .orElseGet(() -> yearOf(period(half, c.anchor().orElseThrow().getYear(), ordinal), c)));
    CalendarPoint period = period(half, year, ordinal);
    return m.has("ago") || m.has("ago1")
        ? Resolution.comparison(period.shift(-1, Granularity.YEAR)) : Resolution.date(period);
  }

  private static Resolution code(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    boolean half = m.group("code").or(() -> m.group("code2")).orElseThrow().equals("H");
    int ordinal = Integer.parseInt(m.group("n").or(() -> m.group("n2")).orElseThrow());
    Optional<Integer> year = m.group("year").map(s::year);
    if (year.isEmpty() && c.anchor().isEmpty()) {
      return Resolution.of(TimexType.DATE, "XXXX-" + (half ? "H" : "Q") + ordinal);
    }
    return Resolution.date(period(half, year.orElseGet(() ->
        yearOf(period(half, c.anchor().orElseThrow().getYear(), ordinal), c)), ordinal));
  }

  /** The anchor's year, or the year before if the period has not begun (unless said ahead). */
  private static int yearOf(CalendarPoint thisYears, ResolutionContext c) {
    boolean notBegun = thisYears.start().isAfter(c.anchor().orElseThrow());
    return thisYears.year() - (notBegun && c.tense() != Tense.FUTURE ? 1 : 0);
  }

  private static CalendarPoint period(boolean half, int year, int ordinal) {
    return half ? CalendarPoint.half(year, ordinal) : CalendarPoint.quarter(year, ordinal);
  }

  /**
   * "the quarter ended July 31": fiscal quarters need not be calendar ones, so the quarter is
   * the calendar quarter holding the period's middle month (June, so the second quarter). A
   * quarter the company numbers ("its fourth quarter ended Sept. 30") keeps its number.
   */
  private static Resolution quarterEnded(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    int month = s.lexicon().month(m.group("month").get()).orElseThrow();
    int day = Math.max(1, s.ordinal(m.group("day").get()));
    boolean half = TimeLexicon.normalize(m.group("unit").get()).equals("half");
    int middle = Math.floorMod(month - (half ? 3 : 1) - 1, 12) + 1;
    return c.fromToday(Granularity.QUARTER, anchor -> {
      LocalDate end = Occurrences.monthDay(anchor, month, day, Tense.PAST).orElse(anchor);
      int year = middle > month ? end.getYear() - 1 : end.getYear();
      LocalDate inside = LocalDate.of(year, middle, 1);
      return Resolution.date(CalendarPoint.of(half ? Granularity.HALF : Granularity.QUARTER,
          inside));
    });
  }
}
