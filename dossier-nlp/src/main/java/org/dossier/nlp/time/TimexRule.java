package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a time expression: a pattern over the raw text and the interpretation that
 * turns a match into a TIMEX3 type and value. A pattern may mark the expression proper with a
 * group named {@code x}; the rest of the match is context that is not part of the span (a
 * preposition, a following noun). Immutable.
 */
record TimexRule(String name, Pattern pattern, Guard guard, Interpretation interpretation,
    List<String> groups) {

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  /** Turns a match into a resolution; empty when the match is not a time expression after all. */
  @FunctionalInterface
  interface Interpretation {
    Optional<Resolution> interpret(RuleMatch match, ResolutionContext context);
  }

  /** Tells from the words around a match whether it is a time expression at all. */
  @FunctionalInterface
  interface Guard {
    boolean accepts(RuleMatch match, String text);

    Guard ALWAYS = (match, text) -> true;
  }

  TimexRule {
    requireNonNull(name, "name");
    requireNonNull(guard, "guard");
    requireNonNull(pattern, "pattern");
    requireNonNull(interpretation, "interpretation");
    groups = List.copyOf(groups);
  }

  static TimexRule of(String name, Pattern pattern, Interpretation interpretation) {
    return of(name, pattern, Guard.ALWAYS, interpretation);
  }

  static TimexRule of(String name, Pattern pattern, Guard guard, Interpretation interpretation) {
    List<String> groups = new ArrayList<>();
    Matcher names = GROUP_NAME.matcher(pattern.pattern());
    while (names.find()) {
      groups.add(names.group(1));
    }
    return new TimexRule(name, pattern, guard, interpretation, groups);
  }

  /** Every match of this rule in {@code text}, overlapping ones included. */
  List<RuleMatch> matches(String text, int order) {
    List<RuleMatch> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    int from = 0;
    while (from < text.length() && matcher.find(from)) {
      RuleMatch match = RuleMatch.of(this, matcher, order);
      if (match.length() > 0 && guard.accepts(match, text)) {
        found.add(match);
      }
      // Restart just after the match start so that a shorter reading inside a rejected longer
      // one can still be found; the selector keeps the best of overlapping matches.
      from = nextWordStart(text, matcher.start());
    }
    return found;
  }

  private static int nextWordStart(String text, int from) {
    int i = from + 1;
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))
        && Character.isLetterOrDigit(text.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  @Override
  public String toString() {
    return name;
  }
}
