package org.dossier.nlp;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A time expression as the NLP backbone found it: span, TIMEX3 type and its own value, which the
 * time normalizer checks and resolves against the publication date.
 */
public record TimexMention(int start, int end, String text, String type, Optional<String> value) {

  public TimexMention {
    requireNonNull(text, "text");
    requireNonNull(type, "type");
    requireNonNull(value, "value");
  }
}
