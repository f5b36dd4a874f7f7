package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A time expression in the text with its TIMEX3 type and value, resolved against the publication
 * date. A duration counted from a time ("a year and a half ago", "three days later") also carries
 * the date it points to as {@code anchor}.
 */
public record TimeExpression(
    String text,
    TimexType type,
    String value,
    Optional<String> anchor,
    int start,
    int end) {

  public TimeExpression {
    requireNonNull(text, "text");
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    requireNonNull(anchor, "anchor");
  }

  /**
   * The calendar date this expression names ("on Friday", "in June 2025") or points to ("a year
   * and a half ago"), if it names one: what dates a statement or an event said with it.
   */
  public Optional<String> calendarDate() {
    Optional<String> date = type == TimexType.DATE ? Optional.of(value) : anchor;
    return date.filter(d -> d.matches("\\d{4}.*"));
  }

  public Mention mention() {
    return new Mention(start, end, text);
  }
}
