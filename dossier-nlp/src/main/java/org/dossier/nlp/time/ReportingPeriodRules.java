package org.dossier.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rules for the periods a results story compares: "the quarter", "the latest quarter", "the
 * year-earlier period", "last year's quarter", "year-ago profit", "the 1988 period", "the
 * current fiscal year", "the year ended Sept. 30". "The quarter" is the one under discussion; a
 * year-ago comparison counts back from the latest quarter the story reported on, not from a
 * forecast one.
 */
final class ReportingPeriodRules {

  private ReportingPeriodRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    return List.of(
        // "the year ended Sept. 30" is a twelve-month period ending then, not a calendar year.
        TimexRule.of("year-ended", s.compile("{B}(?<x>(?:the|its|their) (?:fiscal |full "
            + "|latest )?year) (?:ended|ending|that ended|which ended|to)(?= {MONTH}| June| July"
            + "| May| last| next| this| tomorrow| today)"),
            (m, c) -> Optional.of(Resolution.duration("P1Y"))),
        TimexRule.of("the-quarter", s.compile("{B}(?:the|its|their|this|that|(?<lastyears>last"
            + " year['’]s)) (?:(?<year>{YEAR}) )?"
            + "(?:(?:current|latest|last|past|previous|prior|recent|most recent|next|coming|same"
            + "|comparable|corresponding|year-ago|year-earlier|year-before|year earlier|year ago"
            + "|just-ended|just-completed|just ended|just completed|fiscal|seasonally weak"
            + "|seasonally strong)[ \\-])*(?<unit>quarter|period|half)(?<ago> (?:a year (?:ago"
            + "|earlier)|of last year|last year|a year before))?{E}"),
            // "the last half of the '80s" is a part of another time, not a period of its own.
            (m, text) -> m.has("ago") || !Neighbors.nextWord(text, m.end()).equals("of"),
            (m, c) -> thePeriod(m, c)),
        TimexRule.of("year-ago", s.compile("{B}(?<x>year-earlier|year-ago|year earlier|year ago"
            + "|year-before)(?! (?:quarter|period|half))(?= [a-z])"),
            (m, text) -> m.group("x").orElse("").contains("-")
                || !Neighbors.previousWord(text, m.start()).matches("a|one|the"),
            (m, c) -> Optional.of(yearAgo(c))),
        TimexRule.of("fiscal-year", s.compile("{B}(?:the|its|their) (?:(?<which>current|latest"
            + "|last|past|previous|prior|next|coming|new|same) )?fiscal year{E}"),
            (m, c) -> {
              String which = m.group("which").map(TimeLexicon::normalize).orElse("current");
              int step = which.matches("latest|last|past|previous|prior") ? -1
                  : which.matches("next|coming|new") ? 1 : 0;
              return Optional.of(c.fromToday(Granularity.YEAR,
                  anchor -> Resolution.date(CalendarPoint.year(anchor.getYear() + step))));
            }));
  }

  /** "the quarter" is the one under discussion, else the last one completed before the anchor. */
  private static Optional<Resolution> thePeriod(RuleMatch m, ResolutionContext c) {
    String words = m.matched().toLowerCase(Locale.ROOT);
    String unit = TimeLexicon.normalize(m.group("unit").get());
    boolean yearAgo = m.has("ago") || m.has("lastyears")
        || words.matches("(?s).*year[ \\-](ago|earlier|before).*");
    Granularity granularity = unit.equals("half") ? Granularity.HALF : Granularity.QUARTER;
    Optional<CalendarPoint> discussed = c.reference().filter(p -> unit.equals("period")
        ? p.granularity().compareTo(Granularity.YEAR) > 0 && p.granularity() != Granularity.DAY
        : p.granularity() == granularity);
    boolean comparative = words.matches("(?s).*\\b(latest|corresponding|comparable|year.ago"
        + "|year.earlier|same)\\b.*");
    Optional<Integer> year = m.group("year").map(Integer::parseInt);
    if (unit.equals("period") && discussed.isEmpty() && !comparative) {
      // "the 1988 period" without a quarter under discussion is that year.
      return year.map(y -> Resolution.date(CalendarPoint.year(y)));
    }
    Optional<CalendarPoint> lastCompleted =
        c.anchor().map(a -> CalendarPoint.of(granularity, a).shift(-1));
    Optional<CalendarPoint> base;
    if (words.matches("(?s).*\\b(current|this)\\b.*")) {
      base = c.anchor().map(a -> CalendarPoint.of(granularity, a));
    } else if (words.matches("(?s).*\\b(next|coming)\\b.*")) {
      base = c.anchor().map(a -> CalendarPoint.of(granularity, a).shift(1));
    } else if (yearAgo || year.isPresent()) {
      // "the 1989 period" and "the year-earlier period" set the reported period against its
      // year-ago twin, whatever quarter the text named last.
      base = c.reportedPeriod().or(() -> discussed).or(() -> lastCompleted);
    } else if (words.matches("(?s).*\\b(latest|most recent)\\b.*")) {
      // "the latest quarter" is the one reported on, even after a forecast for the next one.
      base = c.reportedPeriod().filter(p -> p.granularity() == granularity || unit.equals("period"))
          .or(() -> discussed).or(() -> lastCompleted);
    } else {
      base = discussed.or(() -> lastCompleted);
    }
    Optional<CalendarPoint> dated =
        base.map(p -> year.map(y -> p.shift(y - p.year(), Granularity.YEAR)).orElse(p));
    return Optional.of(dated.map(p -> yearAgo
            ? Resolution.comparison(p.shift(-1, Granularity.YEAR)) : Resolution.date(p))
        .orElseGet(() -> Resolution.unknown(granularity)));
  }

  /** "year-earlier profit": the reported period a year back, else the year before the anchor's. */
  private static Resolution yearAgo(ResolutionContext c) {
    Optional<CalendarPoint> period = c.reportedPeriod();
    if (period.isPresent()) {
      return Resolution.comparison(period.get().shift(-1, Granularity.YEAR));
    }
    return c.fromToday(Granularity.YEAR,
        anchor -> Resolution.comparison(CalendarPoint.year(anchor.getYear() - 1)));
  }
}
