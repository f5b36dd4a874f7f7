package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A time expression in the text with its TIMEX3 type and value, resolved against the publication
 * date. A duration said of the past ("a year and a half ago") also carries the date it points to
 * as {@code anchor}.
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

  public Mention mention() {
    return new Mention(start, end, text);
  }
}
