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
final class TimexRule {

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

  private final String name;
  private final Pattern pattern;
  private final Guard guard;
  private final Interpretation interpretation;
  private final List<String> groups;
  /** Which ASCII characters a match can start with. */
  private final boolean[] firstChars;

  private TimexRule(String name, Pattern pattern, Guard guard, Interpretation interpretation) {
    this.name = requireNonNull(name, "name");
    this.pattern = requireNonNull(pattern, "pattern");
    this.guard = requireNonNull(guard, "guard");
    this.interpretation = requireNonNull(interpretation, "interpretation");
    List<String> names = new ArrayList<>();
    Matcher group = GROUP_NAME.matcher(pattern.pattern());
    while (group.find()) {
      names.add(group.group(1));
    }
    this.groups = List.copyOf(names);
    this.firstChars = firstChars(pattern);
  }

  static TimexRule of(String name, Pattern pattern, Interpretation interpretation) {
    return of(name, pattern, Guard.ALWAYS, interpretation);
  }

  static TimexRule of(String name, Pattern pattern, Guard guard, Interpretation interpretation) {
    return new TimexRule(name, pattern, guard, interpretation);
  }

  String name() {
    return name;
  }

  Interpretation interpretation() {
    return interpretation;
  }

  /** The names of the pattern's groups, which a {@link RuleMatch} records. */
  List<String> groups() {
    return groups;
  }

  /**
   * Every match of this rule starting at one of {@code wordStarts}, overlapping ones included:
   * expressions start at words, and trying only there (instead of at every character) keeps
   * tagging fast.
   */
  List<RuleMatch> matches(String text, int[] wordStarts, int order) {
    List<RuleMatch> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int start : wordStarts) {
      char first = text.charAt(start);
      if (first < firstChars.length && !firstChars[first]) {
        continue;
      }
      matcher.region(start, text.length());
      if (matcher.lookingAt()) {
        RuleMatch match = RuleMatch.of(this, matcher, order);
        if (match.length() > 0 && guard.accepts(match, text)) {
          found.add(match);
        }
      }
    }
    return found;
  }

  /**
   * Which ASCII characters a match can start with: a pattern that fails on a one-character text
   * without reading to its end cannot start with that character. Trying only those keeps tagging
   * fast.
   */
  private static boolean[] firstChars(Pattern pattern) {
    boolean[] possible = new boolean[128];
    for (char c = 0; c < possible.length; c++) {
      Matcher probe = pattern.matcher(String.valueOf(c));
      possible[c] = probe.lookingAt() || probe.hitEnd();
    }
    return possible;
  }

  /** Where words start: a letter or digit after anything but a letter, digit or apostrophe. */
  static int[] wordStarts(String text) {
    int[] starts = new int[text.length()];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        starts[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
  }

  @Override
  public String toString() {
    return name;
  }
}
