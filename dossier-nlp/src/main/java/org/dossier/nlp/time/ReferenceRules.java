package org.dossier.nlp.time;

import java.util.List;
import java.util.Optional;

/**
 * Rules for times that TIMEX3 only places relative to the present: "now", "currently",
 * "these days" (PRESENT_REF), "recently", "the past" (PAST_REF), "the future", "the near term"
 * (FUTURE_REF).
 */
final class ReferenceRules {

  private ReferenceRules() {
  }

  static List<TimexRule> rules(RuleSyntax s) {
    return List.of(
        TimexRule.of("present", s.compile("{B}(?:now|currently|presently"
            + "|nowadays|these days|the present day|the present time|the present){E}(?![\\-])"),
            (m, c) -> Optional.of(Resolution.reference("PRESENT_REF"))),
        TimexRule.of("past", s.compile("{B}(?:more )?(?:recently|lately"
            + "|the (?:recent |distant )?past){E}(?![\\-])"),
            (m, c) -> Optional.of(Resolution.reference("PAST_REF"))),
        TimexRule.of("someday", s.compile("{B}(?:someday|some day){E}"),
            (m, c) -> Optional.of(Resolution.reference("FUTURE_REF"))),
        // "will one day be": after a modal, "one day" is an unspecified future, not 24 hours.
        TimexRule.of("one-day", s.compile("{B}(?:will|would|could|may|might|can|should|shall) "
            + "(?<x>one day){E}"),
            (m, c) -> Optional.of(Resolution.reference("FUTURE_REF"))),
        TimexRule.of("future", s.compile("{B}the (?:(?:near|foreseeable|distant|immediate) )?future"
            + "|{B}the (?:near|short|long|longer|medium) term{E}(?![\\-])"),
            (m, c) -> Optional.of(Resolution.reference("FUTURE_REF"))));
  }
}
