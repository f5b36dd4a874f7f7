package org.dossier.nlp.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.TimexType;

/**
 * Rules for times of day: "3:30 p.m.", "10 a.m. EST Wednesday", "5 p.m. Nov. 9", "noon",
 * "midnight Friday", "mid-afternoon yesterday", "4 in the morning", "14:30 GMT", and the parts
 * of a day named from the anchor: "this morning", "last night". A clock time without a day of its
 * own belongs to the day the text last named, or to the anchor date.
 */
final class ClockRules {

  private static final String DAY = "(?:,? (?:on )?(?:(?<wd>{WEEKDAY})|(?<dw>today|tonight|tomorrow"
      + "|yesterday)|(?<month>{MONTH}) (?<day>{DAYNUM})(?:,? (?<year>{YEAR}))?))?";
  private static final Set<String> CLOCK_CUES = Set.of("at", "by", "until", "till", "before",
      "after", "from", "to", "around", "about", "since", "between", "and");

  private ClockRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    return List.of(
        TimexRule.of("clock", s.compile("{B}(?:(?:about|around|approximately|roughly|nearly|almost"
            + "|just) )?(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))?"
            + "(?: ?(?<ampm>[ap])\\.? ?m\\b\\.?"
            + "|(?<oclock> o['’]clock)| in the (?<inthe>morning|afternoon|evening)| at night)"
            + "(?: (?:[A-Z]{2,4}T|GMT|UTC|local time)(?![\\p{L}]))?" + DAY),
            (m, c) -> clock(s, m, c)),
        TimexRule.of("clock-24h", s.compile("{B}(?:(?:about|around|approximately|roughly) )?"
            + "(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?![\\d:]|[.,]\\d)"
            + "(?<zone> (?:[A-Z]{2,4}T|GMT|UTC|local time)(?![\\p{L}]))?" + DAY),
            (m, text) -> m.has("zone")
                || CLOCK_CUES.contains(Neighbors.previousWord(text, m.start())),
            (m, c) -> clock(s, m, c)),
        TimexRule.of("noon", s.compile("{B}(?:(?:about|around|shortly before|shortly after) )?"
            + "(?<named>noon|midnight|midday|mid[- ]?morning|mid[- ]?afternoon)" + DAY + "{E}"),
            (m, c) -> clock(s, m, c)),
        TimexRule.of("this-day-part", s.compile("{B}(?:(?:early|late|earlier|later) )?(?<which>this"
            + "|last) (?<part>morning|afternoon|evening|night){E}"),
            (m, c) -> {
              String part = s.lexicon().dayPart(m.group("part").get()).orElseThrow();
              int offset = TimeLexicon.normalize(m.group("which").get()).equals("last") ? -1 : 0;
              return Optional.of(c.fromToday(Granularity.DAY,
                  anchor -> Resolution.time(CalendarPoint.day(anchor.plusDays(offset)), part)));
            }));
  }

  private static Optional<Resolution> clock(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    String clock;
    if (m.has("named")) {
      clock = s.lexicon().dayPart(m.group("named").get()).orElseThrow();
    } else {
      int hour = Integer.parseInt(m.group("h").get());
      int minute = m.group("min").map(Integer::parseInt).orElse(0);
      boolean pm = m.group("ampm").map(a -> a.equalsIgnoreCase("p")).orElse(false)
          || m.group("inthe").map(p -> !p.equalsIgnoreCase("morning")).orElse(false)
          || m.matched().toLowerCase().contains("at night");
      boolean am = m.group("ampm").map(a -> a.equalsIgnoreCase("a")).orElse(false);
      if (hour > 12 && (am || pm) || hour == 0 && (am || pm)) {
        return Optional.empty();
      }
      hour = pm && hour < 12 ? hour + 12 : am && hour == 12 ? 0 : hour;
      clock = String.format("%02d:%02d", hour, minute);
    }
    Optional<CalendarPoint> day = day(s, m, c);
    String suffix = clock;
    return Optional.of(day.map(d -> Resolution.time(d, suffix))
        .orElseGet(() -> Resolution.of(TimexType.TIME, "T" + suffix)));
  }

  /** The day a clock time names, or the day the text last named, or the anchor date. */
  private static Optional<CalendarPoint> day(RuleSyntax s, RuleMatch m, ResolutionContext c) {
    TimeLexicon lex = s.lexicon();
    if (m.has("wd")) {
      int weekday = lex.weekday(m.group("wd").get()).orElseThrow();
      return c.anchor().map(a -> CalendarPoint.day(Occurrences.weekday(a, weekday, c.direction())));
    }
    if (m.has("dw")) {
      String word = TimeLexicon.normalize(m.group("dw").get());
      int offset = word.equals("yesterday") ? -1 : word.equals("tomorrow") ? 1 : 0;
      return c.anchor().map(a -> CalendarPoint.day(a.plusDays(offset)));
    }
    if (m.has("month")) {
      int month = lex.month(m.group("month").get()).orElseThrow();
      int dayOfMonth = s.ordinal(m.group("day").get());
      if (m.has("year")) {
        try {
          return Optional.of(CalendarPoint.day(LocalDate.of(s.year(m.group("year").get()), month,
              dayOfMonth)));
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
      return c.anchor().flatMap(a -> Occurrences.monthDay(a, month, dayOfMonth, c.direction()))
          .map(CalendarPoint::day);
    }
    return c.referenceDayOrToday();
  }
}
