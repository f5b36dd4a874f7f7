package org.dossier.nlp.time;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Where a {@link TimexRule} matched: the span of the expression proper, the whole matched text
 * (context included) and the text of each named group. Immutable.
 */
record RuleMatch(TimexRule rule, int start, int end, String matched, Map<String, String> groups,
    int order) {

  RuleMatch {
    requireNonNull(rule, "rule");
    requireNonNull(matched, "matched");
    groups = Map.copyOf(groups);
  }

  static RuleMatch of(TimexRule rule, Matcher matcher, int order) {
    Map<String, String> groups = new HashMap<>();
    for (String name : rule.groups()) {
      String value = matcher.group(name);
      if (value != null) {
        groups.put(name, value);
      }
    }
    boolean proper = groups.containsKey("x");
    return new RuleMatch(rule, proper ? matcher.start("x") : matcher.start(),
        proper ? matcher.end("x") : matcher.end(), matcher.group(), groups, order);
  }

  Optional<String> group(String name) {
    return Optional.ofNullable(groups.get(name));
  }

  boolean has(String name) {
    return groups.containsKey(name);
  }

  int length() {
    return end - start;
  }

  boolean overlaps(RuleMatch other) {
    return start < other.end && other.start < end;
  }
}
