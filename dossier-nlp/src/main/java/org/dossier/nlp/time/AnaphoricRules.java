package org.dossier.nlp.time;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for expressions counted from the time the text last named: "the following month" after
 * "in January", "the next day", "the day before", "two days later", "later that day", "that
 * year", "the same week", "the previous Friday". With no earlier time in the text they count from
 * the anchor date.
 */
final class AnaphoricRules {

  private static final Map<String, Granularity> UNITS = Map.of("day", Granularity.DAY,
      "week", Granularity.WEEK, "weekend", Granularity.WEEKEND, "month", Granularity.MONTH,
      "year", Granularity.YEAR, "decade", Granularity.DECADE, "quarter", Granularity.QUARTER);
  private static final Set<String> FORWARD = Set.of("the following", "the next", "after", "later",
      "afterward", "afterwards", "the ensuing", "the subsequent");
  private static final Set<String> BACKWARD = Set.of("the previous", "the preceding", "the prior",
      "before", "earlier", "previously", "prior", "beforehand");

  /** Units that "the" alone makes a date: "the week", "the year" (but not "the day"). */
  private static final Set<String> DATED_BY_THE = Set.of("week", "weekend", "month", "year",
      "morning", "afternoon", "evening");
  /** Words after which an event may follow: "two days before the vote". */
  private static final Set<String> EVENT_RELATIONS = Set.of("before", "after", "prior");

  private AnaphoricRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    TimeLexicon lex = s.lexicon();
    return List.of(
        TimexRule.of("that-unit", s.compile("{B}(?:{POINTMOD}|(?:earlier|later|early|late)"
            + " (?:in |on )?)?(?<which>the following|the next|the previous|the preceding"
            + "|the prior|the ensuing|the subsequent|the same|that same|that very|that|the full"
            + "|the whole|the entire|the) (?<unit>day|week|weekend|month|year|decade|{DAYPART})"
            + "(?: (?<rel>before|after|earlier|later))?{E}"),
            AnaphoricRules::acceptsThatUnit,
            (m, c) -> Optional.of(thatUnit(m, c, lex))),
        TimexRule.of("that-weekday", s.compile("{B}(?<which>the following|the next|the previous"
            + "|the preceding|the prior|that) (?<wd>{WEEKDAY}){E}"),
            (m, c) -> c.referenceOrToday().map(base -> {
              DayOfWeek day = DayOfWeek.of(lex.weekday(m.group("wd").get()).orElseThrow());
              boolean back = BACKWARD.contains(TimeLexicon.normalize(m.group("which").get()));
              return Resolution.date(CalendarPoint.day(base.start().with(back
                  ? TemporalAdjusters.previous(day) : TemporalAdjusters.next(day))));
            }).or(() -> Optional.of(Resolution.unknown(Granularity.DAY)))),
        TimexRule.of("units-later", s.compile("{B}(?:{APPROX} )?(?<num>{NUM})[ \\-](?<unit>{UNIT})"
            + "(?<half>[ \\-]and[ \\-]a[ \\-]half)? (?<dir>later|earlier|afterwards?|before|after"
            + "|previously|prior|beforehand){E}"),
            (m, text) -> endsClause(m.group("dir").get(), m, text),
            (m, c) -> unitsLater(m, c, lex)));
  }

  /**
   * "the day" alone is too often not a date; "the year", "the week", "the weekend" are dates.
   * "the day before" is a date only at the end of a clause, not in "the day before he left".
   */
  private static boolean acceptsThatUnit(RuleMatch m, String text) {
    String which = TimeLexicon.normalize(m.group("which").get());
    String unit = TimeLexicon.normalize(m.group("unit").get());
    if (m.has("rel")) {
      return endsClause(m.group("rel").get(), m, text);
    }
    if (!which.equals("the")) {
      return true;
    }
    return DATED_BY_THE.contains(unit) && !Neighbors.nextWord(text, m.end()).equals("of");
  }

  private static Resolution thatUnit(RuleMatch m, ResolutionContext c, TimeLexicon lex) {
    String which = TimeLexicon.normalize(m.group("which").get());
    String rel = m.group("rel").map(TimeLexicon::normalize).orElse("");
    int step = FORWARD.contains(which) || FORWARD.contains(rel) ? 1
        : BACKWARD.contains(which) || BACKWARD.contains(rel) ? -1 : 0;
    String unit = TimeLexicon.normalize(m.group("unit").get());
    Optional<String> part = lex.dayPart(unit);
    Optional<CalendarPoint> base = part.isPresent() || unit.equals("day")
        ? c.referenceDayOrToday() : c.referenceOrToday();
    if (which.equals("the full") && unit.equals("year") && c.reportedPeriod().isPresent()) {
      // "an increase for the full year" after quarterly results: the year of that quarter.
      base = c.reportedPeriod();
    }
    if (base.isEmpty()) {
      return Resolution.unknown(part.isPresent() ? Granularity.DAY : UNITS.get(unit));
    }
    if (unit.equals("weekend") && which.equals("the")) {
      // "the weekend" in news is the one just past, or the coming one in future-tense text.
      CalendarPoint week = CalendarPoint.of(Granularity.WEEKEND,
          c.anchor().orElse(base.get().start()));
      boolean inWeekend = c.anchor().map(a -> a.getDayOfWeek().getValue() >= 6).orElse(false);
      return Resolution.date(c.direction() == Tense.FUTURE || inWeekend ? week : week.shift(-1));
    }
    Granularity granularity = part.isPresent() ? Granularity.DAY : UNITS.get(unit);
    CalendarPoint point = base.get().coarsen(granularity);
    if (point.granularity() == granularity) {
      point = point.shift(step);
    }
    CalendarPoint result = point;
    return part.filter(p -> result.granularity() == Granularity.DAY)
        .map(p -> Resolution.time(result, p)).orElseGet(() -> Resolution.date(result));
  }

  /** "two days before the vote" counts from an event: only "two days before." is a date. */
  private static boolean endsClause(String direction, RuleMatch m, String text) {
    String dir = TimeLexicon.normalize(direction);
    if (!EVENT_RELATIONS.contains(dir)) {
      return true;
    }
    int i = m.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || !Character.isLetterOrDigit(text.charAt(i))
        && text.charAt(i) != '$' && text.charAt(i) != '"' && text.charAt(i) != '“';
  }

  private static Optional<Resolution> unitsLater(RuleMatch m, ResolutionContext c,
      TimeLexicon lex) {
    String unit = lex.unit(m.group("unit").get()).orElseThrow();
    Amount counted = Amount.parse(m.group("num").get(), lex).orElse(Amount.VAGUE_AMOUNT);
    Amount amount = m.has("half") ? counted.plusHalf() : counted;
    if (amount.isVague()) {
      return Optional.of(Resolution.duration(DurationFormat.format(amount, unit)));
    }
    String dir = TimeLexicon.normalize(m.group("dir").get());
    int sign = FORWARD.contains(dir) ? 1 : -1;
    Optional<CalendarPoint> period = c.reportedPeriod();
    if (unit.equals("Y") && amount.whole().equals(Optional.of(1L)) && sign < 0) {
      // "profit rose from $5 million a year earlier" compares with the year-ago period: the
      // discussed quarter a year back, else the year before the anchor's.
      return Optional.of(period.map(p -> Resolution.comparison(p.shift(-1, Granularity.YEAR)))
          .orElseGet(() -> c.fromToday(Granularity.YEAR, anchor -> Resolution.comparison(
              CalendarPoint.year(anchor.getYear() - 1)))));
    }
    String duration = DurationFormat.format(amount, unit);
    return Optional.of(c.referenceOrToday()
        .map(base -> CalendarShift.shift(base, amount, unit, sign)
            .map(target -> Resolution.offsetFromText(duration, target))
            .orElseGet(() -> Resolution.duration(duration)))
        .orElseGet(() -> Resolution.duration(duration)));
  }
}
