package org.dossier.nlp.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.TimexType;

/**
 * Rules for the reporting periods of business news: "the third quarter", "third-quarter",
 * "the fourth quarter of 1990", "this year's second half", "the quarter", "the latest
 * quarter", "the year-earlier period", "year-ago", "the current fiscal year". A period without
 * a year is the one the text is discussing, else the one nearest the anchor by tense.
 */
final class PeriodRules {

  private PeriodRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    return List.of(
        TimexRule.of("ordinal-quarter", s.compile("{B}(?:(?<the>the) )?(?:(?<rel>this|last"
            + "|next|the current|the previous|the past) year['’]s |(?<ypre>{YEAR})(?:['’]s)? |fiscal "
            + "(?<fy>{YEAR}) )?(?:(?:year-earlier|year-ago|year earlier|year ago|comparable"
            + "|corresponding|same|fiscal|calendar) )*(?:fiscal[ \\-])?(?<ord>first|second|third"
            + "|fourth|1st|2nd|3rd|4th|final|last)(?<sep>[ \\-])(?:fiscal[ \\-])?(?<unit>quarter|half)(?: "
            + "(?:of|in|for) (?:the )?(?:fiscal |calendar )?(?:(?<year>{YEAR})|(?<rel2>this|last|next"
            + "|the current|the previous|the past) (?:fiscal )?year|the (?:fiscal )?year))?"
            + "(?<ago> (?:a year (?:ago|earlier)|of last year|last year))?{E}"),
            PeriodRules::acceptsOrdinal,
            (m, c) -> Optional.of(ordinalPeriod(s, m, c))),
        TimexRule.of("the-quarter", s.compile("{B}(?:the|its|their|this|that) (?:(?<year>{YEAR}) )?"
            + "(?:(?:current|latest"
            + "|last|past|previous|prior|recent|most recent|next|coming|same|comparable|corresponding"
            + "|year-ago|year-earlier|year-before|year earlier|year ago|just-ended|just-completed"
            + "|just ended|just completed|fiscal|seasonally weak|seasonally strong)[ \\-])*"
            + "(?<unit>quarter|period|half)(?<ago> (?:a year (?:ago|earlier)|of last year|last year"
            + "|a year before))?{E}"),
            (m, c) -> thePeriod(m, c)),
        TimexRule.of("year-ago", s.compile("{B}(?<x>year-earlier|year-ago|year earlier|year ago"
            + "|year-before)(?! (?:quarter|period|half))(?= [a-z])"),
            (m, text) -> m.group("x").orElse("").contains("-")
                || !Neighbors.previousWord(text, m.start()).matches("a|one|the"),
            (m, c) -> Optional.of(yearAgo(c))),
        // "the year ended Sept. 30" is a twelve-month period ending then, not a calendar year.
        TimexRule.of("year-ended", s.compile("{B}(?<x>(?:the|its|their) (?:fiscal |full |latest )?year)"
            + " (?:ended|ending|that ended|which ended|to)(?= {MONTH}| June| July| May| last| next"
            + "| this| tomorrow| today)"),
            (m, c) -> Optional.of(Resolution.duration("P1Y"))),
        TimexRule.of("quarter-ended", s.compile("{B}(?<x>(?:the|its|their) (?:fiscal |latest )?"
            + "(?<unit>quarter|half)) (?:ended|ending) (?<month>{MONTH}) (?<day>{DAYNUM})"),
            (m, c) -> Optional.of(quarterEnded(s, m, c))),
        TimexRule.of("fiscal-year", s.compile("{B}(?:the|its|their) (?:(?<which>current|latest|last"
            + "|past|previous|prior|next|coming|new|same) )?fiscal year{E}"),
            (m, c) -> {
              String which = m.group("which").map(TimeLexicon::normalize).orElse("current");
              int step = which.matches("latest|last|past|previous|prior") ? -1
                  : which.matches("next|coming|new") ? 1 : 0;
              return Optional.of(c.fromToday(Granularity.YEAR,
                  anchor -> Resolution.date(CalendarPoint.year(anchor.getYear() + step))));
            }));
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

  private static Resolution ordinalPeriod(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    String ordWord = TimeLexicon.normalize(m.group("ord").get());
    boolean half = TimeLexicon.normalize(m.group("unit").get()).equals("half");
    int ordinal = ordWord.matches("final|last") ? (half ? 2 : 4) : s.ordinal(ordWord);
    int yearShift = m.has("ago") || m.matched().toLowerCase(Locale.ROOT).contains("year") && m.matched()
        .toLowerCase(Locale.ROOT).matches(".*year[ \\-](earlier|ago).*") ? -1 : 0;
    Optional<Integer> explicit = m.group("year").or(() -> m.group("ypre")).or(() -> m.group("fy"))
        .map(s::year);
    Optional<String> rel = m.group("rel").or(() -> m.group("rel2")).map(TimeLexicon::normalize);
    if (explicit.isEmpty() && c.anchor().isEmpty()) {
      return Resolution.of(TimexType.DATE, "XXXX-" + (half ? "H" : "Q") + ordinal);
    }
    int year = explicit.orElseGet(() -> {
      LocalDate anchor = c.anchor().orElseThrow();
      if (rel.isPresent()) {
        String r = rel.get();
        return anchor.getYear() + (r.endsWith("last") || r.endsWith("previous") || r.endsWith("past")
            ? -1 : r.equals("next") ? 1 : 0);
      }
      CalendarPoint same = half ? CalendarPoint.half(anchor.getYear(), ordinal)
          : CalendarPoint.quarter(anchor.getYear(), ordinal);
      // Business news reports on quarters already over, even in future-tense clauses ("expects
      // third-quarter profit to fall"); a quarter not yet begun is last year's unless said ahead.
      return same.start().isAfter(anchor) && c.tense() != Tense.FUTURE
          ? anchor.getYear() - 1 : anchor.getYear();
    });
    CalendarPoint period = half ? CalendarPoint.half(year, ordinal) : CalendarPoint.quarter(year, ordinal);
    return yearShift == 0 ? Resolution.date(period)
        : Resolution.comparison(period.shift(yearShift, Granularity.YEAR));
  }

  /** "the quarter" is the one under discussion, else the last one completed before the anchor. */
  private static Optional<Resolution> thePeriod(RuleMatch m, ResolutionContext c) {
    String words = m.matched().toLowerCase(Locale.ROOT);
    String unit = TimeLexicon.normalize(m.group("unit").get());
    boolean yearAgo = m.has("ago") || words.matches(".*year[ \\-](ago|earlier|before).*");
    Granularity granularity = unit.equals("half") ? Granularity.HALF : Granularity.QUARTER;
    Optional<CalendarPoint> discussed = c.reference().filter(p -> unit.equals("period")
        ? p.granularity().compareTo(Granularity.YEAR) > 0 && p.granularity() != Granularity.DAY
        : p.granularity() == granularity);
    boolean comparative = words.matches(".*\\b(latest|corresponding|comparable|year.ago"
        + "|year.earlier|same)\\b.*");
    Optional<Integer> year = m.group("year").map(Integer::parseInt);
    if (unit.equals("period") && discussed.isEmpty() && !comparative) {
      // "the 1988 period" without a quarter under discussion is that year.
      return year.map(y -> Resolution.date(CalendarPoint.year(y)));
    }
    Optional<CalendarPoint> base;
    if (words.matches(".*\\b(current|this)\\b.*")) {
      base = c.anchor().map(a -> CalendarPoint.of(granularity, a));
    } else if (words.matches(".*\\b(next|coming)\\b.*")) {
      base = c.anchor().map(a -> CalendarPoint.of(granularity, a).shift(1));
    } else {
      base = discussed.or(() -> c.anchor().map(a -> CalendarPoint.of(granularity, a).shift(-1)));
    }
    Optional<CalendarPoint> dated = base.map(p -> year.map(y -> p.shift(y - p.year(),
        Granularity.YEAR)).orElse(p));
    return Optional.of(dated.map(p -> yearAgo ? Resolution.comparison(p.shift(-1, Granularity.YEAR))
        : Resolution.date(p)).orElseGet(() -> Resolution.unknown(granularity)));
  }

  /**
   * "the quarter ended July 31": fiscal quarters need not be calendar ones, so the quarter is
   * the calendar quarter holding the period's middle month (June, so the second quarter).
   */
  private static Resolution quarterEnded(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    int month = s.lexicon().month(m.group("month").get()).orElseThrow();
    boolean half = TimeLexicon.normalize(m.group("unit").get()).equals("half");
    int middle = Math.floorMod(month - (half ? 3 : 1) - 1, 12) + 1;
    return c.fromToday(Granularity.QUARTER, anchor -> {
      LocalDate end = Occurrences.monthDay(anchor, month, Math.max(1, s.ordinal(m.group("day")
          .get())), Tense.PAST).orElse(anchor);
      int year = middle > month ? end.getYear() - 1 : end.getYear();
      LocalDate inside = LocalDate.of(year, middle, 1);
      return Resolution.date(CalendarPoint.of(half ? Granularity.HALF : Granularity.QUARTER, inside));
    });
  }

  /** "year-earlier profit": the period under discussion a year before, else last year. */
  private static Resolution yearAgo(ResolutionContext c) {
    Optional<CalendarPoint> period = c.reference().filter(p -> p.granularity() == Granularity.QUARTER
        || p.granularity() == Granularity.HALF || p.granularity() == Granularity.MONTH);
    if (period.isPresent()) {
      return Resolution.comparison(period.get().shift(-1, Granularity.YEAR));
    }
    return c.fromToday(Granularity.YEAR,
        anchor -> Resolution.comparison(CalendarPoint.year(anchor.getYear() - 1)));
  }
}
