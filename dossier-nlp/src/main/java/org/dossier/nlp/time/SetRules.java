package org.dossier.nlp.time;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules for recurring times (TIMEX3 SET): "every week", "each year", "every other week",
 * "daily", "weekly", "twice a month", "$5 billion a year", "every Thursday", "Mondays",
 * "Tuesday nights", "each July", "every morning".
 */
final class SetRules {

  private static final Map<String, String> ADVERBS = Map.ofEntries(Map.entry("hourly", "PT1H"),
      Map.entry("daily", "P1D"), Map.entry("nightly", "P1D"), Map.entry("weekly", "P1W"),
      Map.entry("biweekly", "P2W"), Map.entry("fortnightly", "P2W"), Map.entry("monthly", "P1M"),
      Map.entry("bimonthly", "P2M"), Map.entry("yearly", "P1Y"), Map.entry("annually", "P1Y"),
      Map.entry("semiannually", "P6M"), Map.entry("biannually", "P6M"));

  private SetRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    TimeLexicon lex = s.lexicon();
    return List.of(
        TimexRule.of("every-unit", s.compile("{B}(?:every|each|per) (?:(?<other>other) "
            + "|(?<num>{NUM}) )?(?<unit>{UNIT}){E}"),
            (m, c) -> {
              Amount every = m.has("other") ? Amount.of(2)
                  : m.group("num").flatMap(n -> Amount.parse(n, lex)).orElse(Amount.ONE);
              return Optional.of(Resolution.set(DurationFormat.format(every, unit(m, lex))));
            }),
        TimexRule.of("every-weekday", s.compile("{B}(?:every|each) (?<wd>{WEEKDAY})"
            + "(?: (?<part>{DAYPART}))?{E}"),
            (m, c) -> Optional.of(weekly(lex, m.group("wd").get(), m.group("part")))),
        TimexRule.of("weekdays", s.compile("{B}(?-i:(?<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)"
            + "(?: (?<part>{DAYPART}))?{E}|{B}(?<wd2>{WEEKDAY}) (?<parts>mornings|afternoons"
            + "|evenings|nights){E}"),
            (m, c) -> Optional.of(weekly(lex,
                m.group("wd").map(w -> w + "day").or(() -> m.group("wd2")).orElseThrow(),
                m.group("part").or(() -> m.group("parts"))))),
        TimexRule.of("every-month", s.compile("{B}(?:every|each) (?<month>{MONTH}){E}"),
            (m, c) -> Optional.of(Resolution.set(String.format("XXXX-%02d",
                lex.month(m.group("month").get()).orElseThrow())))),
        TimexRule.of("every-day-part", s.compile("{B}(?:every|each) (?<part>{DAYPART}){E}"),
            (m, c) -> Optional.of(Resolution.set("XXXX-XX-XXT"
                + lex.dayPart(m.group("part").get()).orElseThrow()))),
        TimexRule.of("adverb", s.compile("{B}(?<adv>hourly|daily|nightly|weekly|biweekly"
            + "|fortnightly|monthly|bimonthly|yearly|annually|semiannually|biannually){E}"),
            (m, c) -> Optional.of(Resolution.set(
                ADVERBS.get(TimeLexicon.normalize(m.group("adv").get()))))),
        TimexRule.of("times-per", s.compile("{B}(?:once|twice|thrice|{NUM} times) (?:a|an|per"
            + "|each|every) (?<unit>{UNIT}){E}"),
            (m, c) -> Optional.of(Resolution.set(DurationFormat.format(Amount.ONE, unit(m, lex))))),
        // "$5 billion a year", "four flights a week": a rate, so a set, not a stretch of time.
        TimexRule.of("rate", s.compile("{B}(?:a|an|per) (?<unit>{UNIT}){E}"),
            (m, text) -> {
              String previous = Neighbors.previousWord(text, m.start());
              return Neighbors.isQuantity(previous) || Neighbors.isPluralNoun(previous);
            },
            (m, c) -> Optional.of(Resolution.set(DurationFormat.format(Amount.ONE,
                unit(m, lex))))));
  }

  private static String unit(RuleMatch m, TimeLexicon lex) {
    return lex.unit(m.group("unit").get()).orElseThrow();
  }

  /** "every Thursday night" is XXXX-WXX-4TNI. */
  private static Resolution weekly(TimeLexicon lex, String weekday, Optional<String> part) {
    return Resolution.set("XXXX-WXX-" + lex.weekday(weekday).orElseThrow()
        + part.flatMap(lex::dayPart).map(p -> "T" + p).orElse(""));
  }
}
