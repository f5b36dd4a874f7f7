package org.dossier.nlp.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rules for expressions counted from the anchor date: "today", "yesterday morning", "tonight",
 * "Friday" (by tense), "last Friday", "this week", "last month", "next year", "last fall",
 * "last April", "earlier this month", "two days ago", "a year and a half ago" (a duration with
 * the date it points to).
 */
final class DeicticRules {

  private static final Map<String, Integer> DAY_WORDS = Map.of("today", 0, "tonight", 0,
      "tomorrow", 1, "yesterday", -1, "before yesterday", -2, "after tomorrow", 2);
  private static final Map<String, Granularity> UNIT_GRANULARITY = Map.ofEntries(
      Map.entry("week", Granularity.WEEK), Map.entry("weekend", Granularity.WEEKEND),
      Map.entry("month", Granularity.MONTH), Map.entry("quarter", Granularity.QUARTER),
      Map.entry("half", Granularity.HALF), Map.entry("year", Granularity.YEAR),
      Map.entry("decade", Granularity.DECADE), Map.entry("century", Granularity.CENTURY),
      Map.entry("day", Granularity.DAY));

  private DeicticRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    TimeLexicon lex = s.lexicon();
    return List.of(
        TimexRule.of("day-word", s.compile("{B}(?:(?:early|late|earlier|later) )?(?:the day "
            + "(?<rel>before yesterday|after tomorrow)|(?<word>today|tonight|tomorrow|yesterday))"
            + "(?: (?<part>{DAYPART}))?{E}"),
            (m, c) -> Optional.of(dayWord(m, c, lex))),
        TimexRule.of("weekday", s.compile("{B}(?:(?:early|late|earlier|later) )?(?:(?<which>this "
            + "past|this coming|this|last|next|coming|past) )?(?<wd>{WEEKDAY})"
            + "(?: (?<part>{DAYPART}))?{E}"),
            (m, c) -> Optional.of(weekday(m, c, lex))),
        TimexRule.of("this-unit", s.compile("{B}(?:{POINTMOD}|(?:earlier|later|early|late) )?"
            + "(?<which>this past|this coming|this|last|next|the coming|the past|the current|the "
            + "last|current|coming|past) (?<unit>week|weekend|month|quarter|half|year|decade"
            + "|century|{SEASON}|{MONTH}(?!\\.? ?\\d)){E}"),
            // "the last half of the '80s", "the last year of his term": the final part of another
            // time, not the one before now.
            (m, text) -> !(isTheLast(m, text) && Neighbors.nextWord(text, m.end()).equals("of")),
            (m, c) -> Optional.of(pastStretch(m).orElseGet(() -> c.fromToday(Granularity.DAY,
                anchor -> Resolution.date(thisUnit(m, anchor, lex)))))),
        TimexRule.of("ago", s.compile("{B}(?:{APPROX} )?(?:(?<num>{NUM})[ \\-])?(?<unit>{UNIT})"
            + "(?<half>[ \\-]and[ \\-]a[ \\-]half)?(?: or so)? (?<dir>ago|from now|hence|back){E}"),
            (m, c) -> offset(m, c, lex)));
  }

  /** "the last" as one modifier, or "last" right after a "the" the rule did not take in. */
  private static boolean isTheLast(RuleMatch m, String text) {
    String which = TimeLexicon.normalize(m.group("which").get());
    return which.equals("the last")
        || which.equals("last") && Neighbors.previousWord(text, m.start()).equals("the");
  }

  /** "yesterday", "tonight", "tomorrow morning": a day counted from the anchor, maybe a part. */
  private static Resolution dayWord(RuleMatch m, ResolutionContext c, TimeLexicon lex) {
    String word = m.group("rel").or(() -> m.group("word")).orElseThrow();
    int offset = DAY_WORDS.get(TimeLexicon.normalize(word));
    Optional<String> part = m.group("part").flatMap(lex::dayPart)
        .or(() -> word.equalsIgnoreCase("tonight") ? Optional.of("NI") : Optional.empty());
    return c.fromToday(Granularity.DAY,
        anchor -> dayOrTime(CalendarPoint.day(anchor.plusDays(offset)), part));
  }

  /** "Friday", "last Friday", "Friday night": the weekday in the direction of the tense. */
  private static Resolution weekday(RuleMatch m, ResolutionContext c, TimeLexicon lex) {
    int weekday = lex.weekday(m.group("wd").get()).orElseThrow();
    Optional<String> part = m.group("part").flatMap(lex::dayPart);
    Tense tense = weekdayDirection(m.group("which"),
        possessive(c) && !ahead(c) ? Tense.PAST : c.direction());
    return c.fromToday(Granularity.DAY, anchor -> {
      LocalDate day = Occurrences.weekday(anchor, weekday, tense);
      if (m.has("which") && tense != Tense.PRESENT && day.equals(anchor)) {
        day = day.plusWeeks(tense == Tense.PAST ? -1 : 1); // "last Friday" said on a Friday
      }
      return dayOrTime(CalendarPoint.day(day), part);
    });
  }

  private static Resolution dayOrTime(CalendarPoint day, Optional<String> part) {
    return part.map(p -> Resolution.time(day, p)).orElseGet(() -> Resolution.date(day));
  }

  /** "the past decade" is the last ten years, not the 1990s: a duration. */
  private static Optional<Resolution> pastStretch(RuleMatch m) {
    String which = TimeLexicon.normalize(m.group("which").get());
    String unit = TimeLexicon.normalize(m.group("unit").get());
    if (!which.startsWith("the ") || !(unit.equals("decade") || unit.equals("century"))) {
      return Optional.empty();
    }
    return Optional.of(Resolution.duration(DurationFormat.format(Amount.ONE,
        unit.equals("decade") ? "DE" : "CE")));
  }

  /**
   * "Wednesday's ruling", "Friday's close": news names an event by its weekday once it has
   * happened, so a possessive weekday looks back unless the text looks ahead ("ahead of").
   */
  private static boolean possessive(ResolutionContext c) {
    return c.text().startsWith("'s", c.end()) || c.text().startsWith("’s", c.end());
  }

  private static boolean ahead(ResolutionContext c) {
    String before = c.text().substring(Math.max(0, c.start() - 20), c.start())
        .toLowerCase(Locale.ROOT);
    return before.matches("(?s).*\\b(ahead of|until|till|next|upcoming|coming)\\s+$");
  }

  /** "last Friday" looks back and "next Friday" ahead whatever the tense. */
  private static Tense weekdayDirection(Optional<String> which, Tense tense) {
    String word = which.map(TimeLexicon::normalize).orElse("");
    if (word.equals("last") || word.endsWith("past")) {
      return Tense.PAST;
    }
    if (word.equals("next") || word.endsWith("coming")) {
      return Tense.FUTURE;
    }
    return tense;
  }

  private static CalendarPoint thisUnit(RuleMatch m, LocalDate anchor, TimeLexicon lex) {
    String which = TimeLexicon.normalize(m.group("which").get());
    int step = which.endsWith("last") || which.endsWith("past") ? -1
        : which.equals("next") || which.endsWith("coming") ? 1 : 0;
    String unit = m.group("unit").get();
    Optional<Integer> month = lex.month(unit);
    if (month.isPresent()) {
      CalendarPoint same = CalendarPoint.month(anchor.getYear(), month.get());
      CalendarPoint current = CalendarPoint.of(Granularity.MONTH, anchor);
      // "last April" is the latest April before this month, "next April" the first after it.
      if (step < 0 && !same.start().isBefore(current.start())
          || step > 0 && !same.start().isAfter(current.start())) {
        return same.shift(step, Granularity.YEAR);
      }
      return same;
    }
    Optional<Integer> season = lex.seasonStart(unit);
    if (season.isPresent()) {
      return cyclic(Occurrences.season(anchor, season.get(), directionOf(step)),
          CalendarPoint.of(Granularity.SEASON, anchor), step);
    }
    Granularity granularity = UNIT_GRANULARITY.get(TimeLexicon.normalize(unit));
    return CalendarPoint.of(granularity, anchor).shift(step);
  }

  /** "last April" in April is a year ago; "next fall" in the fall is a year ahead. */
  private static CalendarPoint cyclic(CalendarPoint candidate, CalendarPoint current, int step) {
    if (step != 0 && candidate.equals(current)) {
      return candidate.shift(step, Granularity.YEAR);
    }
    return candidate;
  }

  private static Tense directionOf(int step) {
    return step < 0 ? Tense.PAST : step > 0 ? Tense.FUTURE : Tense.PRESENT;
  }

  /** "two days ago": the duration P2D pointing at the day two days before the anchor. */
  private static Optional<Resolution> offset(RuleMatch m, ResolutionContext c, TimeLexicon lex) {
    String unit = lex.unit(m.group("unit").get()).orElseThrow();
    if (!m.has("num") && !TimeLexicon.normalize(m.group("unit").get()).endsWith("s")) {
      return Optional.empty();
    }
    Amount counted = m.group("num").flatMap(n -> Amount.parse(n, lex)).orElse(Amount.VAGUE_AMOUNT);
    Amount amount = m.has("half") ? counted.plusHalf() : counted;
    String value = DurationFormat.format(amount, unit);
    int sign = m.group("dir").map(TimeLexicon::normalize).filter(d -> d.equals("from now")
        || d.equals("hence")).isPresent() ? 1 : -1;
    if (amount.isVague()) {
      return Optional.of(new Resolution(org.dossier.model.TimexType.DURATION, value,
          Optional.of(sign < 0 ? "PAST_REF" : "FUTURE_REF"), Optional.empty()));
    }
    Optional<CalendarPoint> period = c.reportedPeriod();
    if (unit.equals("Y") && amount.whole().equals(Optional.of(1L)) && period.isPresent()) {
      // "profit of $5 million a year ago" after "the third quarter": the year-ago quarter.
      return Optional.of(Resolution.comparisonOffset(value,
          period.get().shift(sign, Granularity.YEAR)));
    }
    return c.anchor().flatMap(anchor -> CalendarShift.shift(CalendarPoint.day(anchor), amount,
            unit, sign).map(point -> Resolution.offset(value, point)))
        .or(() -> Optional.of(Resolution.duration(value)));
  }
}
