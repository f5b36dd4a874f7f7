package org.dossier.nlp.time;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Rules for stretches of time: "three hours", "two and a half years", "a year and a half",
 * "the past two weeks", "the first nine months", "nearly 40 years", "two-year", "half an hour",
 * and vague ones, "months", "recent years", "the coming weeks", "decades", "for a while".
 */
final class DurationRules {

  private static final String COUNTED_UNIT = "(?:(?:more|additional|extra|full|straight"
      + "|consecutive|long|trading|business|working|calendar|fiscal|school|legislative|solid) )?"
      + "(?<unit>{UNIT})";

  private DurationRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    TimeLexicon lex = s.lexicon();
    return List.of(
        TimexRule.of("counted-duration", s.compile("{B}(?:{APPROX} )?(?:(?:the |this |these "
            + "|those )?{SPANMOD} (?:{APPROX} )?|the )?(?<num>{NUM}) " + COUNTED_UNIT
            + "(?<half> and a half)?(?: or so)?{E}"),
            DurationRules::acceptsCounted,
            (m, c) -> counted(m, lex)),
        // "a two-year term": an adjective, so no determiner belongs to the expression.
        TimexRule.of("counted-adjective", s.compile("{B}(?:{APPROX} )?(?<num>{NUM})-(?<unit>{UNIT})"
            + "(?:-long)?{E}"),
            DurationRules::acceptsCounted,
            (m, c) -> counted(m, lex)),
        TimexRule.of("range-duration", s.compile("{B}(?:(?:the )?{SPANMOD} )?(?<num>{NUM})"
            + "(?: to | or |-|–)(?<num2>{NUM})[ \\-]" + COUNTED_UNIT + "{E}"),
            (m, c) -> Optional.of(Resolution.duration(DurationFormat.format(Amount.VAGUE_AMOUNT,
                lex.unit(m.group("unit").get()).orElseThrow())))),
        TimexRule.of("half-unit", s.compile("{B}(?:{APPROX} )?half an? (?<unit>{UNIT}){E}"),
            (m, c) -> Optional.of(Resolution.duration(DurationFormat.format(
                Amount.of(new BigDecimal("0.5")), lex.unit(m.group("unit").get()).orElseThrow())))),
        TimexRule.of("vague-duration", s.compile("{B}(?:{APPROX} )?(?:(?:the |these |those )?"
            + "(?<mod>{SPANMOD}|recent|coming|past) )?(?:(?<few>several|a few|few|many|a number of"
            + "|countless|numerous|hundreds of|thousands of) )?(?<unit>seconds|minutes|hours|days"
            + "|weeks|weekends|months|quarters|years|decades|centuries)(?:-long)?{E}"),
            DurationRules::acceptsVague,
            (m, c) -> Optional.of(Resolution.duration(DurationFormat.format(Amount.VAGUE_AMOUNT,
                lex.unit(m.group("unit").get()).orElseThrow())))),
        // "for a while", "in a little while": a stretch of no stated unit; not "a while ago".
        TimexRule.of("a-while", s.compile("{B}(?:for|in|after|within) (?<x>a (?:little |short "
            + "|long )?while){E}(?! (?:ago|back|later|earlier))"),
            (m, c) -> Optional.of(Resolution.duration("PXX"))));
  }

  /** Rejects "a second term" (an ordinal) and "three quarters of the vote" (a fraction). */
  private static boolean acceptsCounted(RuleMatch m, String text) {
    String num = TimeLexicon.normalize(m.group("num").orElse(""));
    String unit = TimeLexicon.normalize(m.group("unit").orElse(""));
    if (Neighbors.nextWord(text, m.end()).equals("old")) {
      return false; // an age: "52 years old"
    }
    if (unit.equals("second") && (num.equals("a") || num.equals("the"))) {
      return false;
    }
    if (num.matches("1[5-9]\\d\\d|20\\d\\d") && !unit.endsWith("s")) {
      return false; // "the 1988 quarter" names a year's quarter, not 1988 quarters
    }
    return !unit.startsWith("quarter") || !Neighbors.nextWord(text, m.end()).equals("of");
  }

  /**
   * Bare "quarters" are rooms or fractions ("such quarters", "three quarters of the vote"); "52
   * years old" is an age.
   */
  private static boolean acceptsVague(RuleMatch m, String text) {
    String unit = TimeLexicon.normalize(m.group("unit").orElse(""));
    if (Neighbors.nextWord(text, m.end()).equals("old")
        || Neighbors.previousWord(text, m.start()).matches("[\\d.,]+")) {
      return false;
    }
    if (!unit.equals("quarters")) {
      return true;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
    return (m.has("mod") || m.has("few"))
        && !after.matches("(?s) of (the|a|an|all|its|their)\\b.*");
  }

  private static Optional<Resolution> counted(RuleMatch m, TimeLexicon lex) {
    String unit = lex.unit(m.group("unit").get()).orElseThrow();
    return Amount.parse(m.group("num").get(), lex)
        .map(a -> m.has("half") ? a.plusHalf() : a)
        .map(a -> Resolution.duration(DurationFormat.format(a, unit)));
  }
}
