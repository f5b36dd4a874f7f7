package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the time expressions in English text and normalizes them to TIMEX3, anchored on a
 * publication date: dates in every common written form, weekdays and bare months resolved by
 * tense, "last week", "two days ago", discourse-relative expressions ("the following month"
 * counts from the time the text last named), durations, sets and clock times. Rule-based and
 * parser-free; spans follow TimeML (no leading preposition, determiners kept). Immutable and
 * thread-safe: create one and share it.
 *
 * <pre>{@code
 * TimeTagger tagger = TimeTagger.create();
 * List<TimexAnnotation> times = tagger.tag(text, Optional.of(LocalDate.of(2026, 2, 11)),
 *     TenseOracle.heuristic(text));
 * }</pre>
 */
public final class TimeTagger {

  private static final Comparator<RuleMatch> PREFERENCE = Comparator
      .comparingInt(RuleMatch::length).reversed()
      .thenComparingInt(RuleMatch::start)
      .thenComparingInt(RuleMatch::order);

  private final List<TimexRule> rules;
  private final TimeLexicon lexicon;

  private TimeTagger(List<TimexRule> rules, TimeLexicon lexicon) {
    this.rules = List.copyOf(rules);
    this.lexicon = lexicon;
  }

  /** A tagger with Dossier's rules and the shipped lexicon. Cheap after the first call. */
  public static TimeTagger create() {
    TimeLexicon lexicon = TimeLexicon.standard();
    RuleSyntax syntax = new RuleSyntax(lexicon);
    // Order breaks ties between matches of equal length: the earlier rule wins.
    List<TimexRule> rules = Stream.of(SetRules.rules(syntax), ClockRules.rules(syntax),
            WrittenDateRules.rules(syntax), YearRules.rules(syntax), QuarterRules.rules(syntax),
            ReportingPeriodRules.rules(syntax),
            DeicticRules.rules(syntax), AnaphoricRules.rules(syntax), ReferenceRules.rules(syntax),
            DurationRules.rules(syntax))
        .flatMap(List::stream).toList();
    return new TimeTagger(rules, lexicon);
  }

  /**
   * The time expressions of {@code text} in text order, with values resolved against
   * {@code anchorDate} (XXXX where a value needs it and it is absent) and bare weekdays and
   * months resolved in the direction {@code tense} gives at their offset.
   */
  public List<TimexAnnotation> tag(String text, Optional<LocalDate> anchorDate, TenseOracle tense) {
    requireNonNull(text, "text");
    requireNonNull(anchorDate, "anchorDate");
    requireNonNull(tense, "tense");
    List<TimexAnnotation> found = new ArrayList<>();
    Discourse discourse = Discourse.START;
    for (RuleMatch match : select(text)) {
      ResolutionContext context = new ResolutionContext(anchorDate, discourse,
          tense.tenseAt(match.start()), text, match.start(), match.end(), lexicon);
      Optional<Resolution> resolution = match.rule().interpretation().interpret(match, context);
      if (resolution.isPresent()) {
        found.add(resolution.get().annotate(text, match.start(), match.end()));
        discourse = discourse.after(resolution.get(), anchorDate);
      }
    }
    return List.copyOf(found);
  }

  /** The best non-overlapping matches: longest first, then leftmost, then by rule order. */
  private List<RuleMatch> select(String text) {
    List<RuleMatch> candidates = new ArrayList<>();
    int[] wordStarts = TimexRule.wordStarts(text);
    for (int i = 0; i < rules.size(); i++) {
      for (RuleMatch match : rules.get(i).matches(text, wordStarts, i)) {
        if (MatchFilter.keeps(match, text, lexicon)) {
          candidates.add(match);
        }
      }
    }
    candidates.sort(PREFERENCE);
    List<RuleMatch> chosen = new ArrayList<>();
    for (RuleMatch candidate : candidates) {
      if (chosen.stream().noneMatch(candidate::overlaps)) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(RuleMatch::start));
    return chosen;
  }
}
