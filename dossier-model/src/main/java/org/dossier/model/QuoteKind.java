package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a statement is reported. */
public enum QuoteKind {
  /** A full quoted utterance. */
  DIRECT,
  /** A quoted fragment inside reported speech. */
  PARTIAL,
  /** Reported speech without quotation marks. */
  INDIRECT;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
