package org.dossier.nlp.time;

/** The tense of the clause around a time expression: it decides which Friday "Friday" is. */
public enum Tense {
  /** The clause reports what happened: a bare weekday or month is the latest one. */
  PAST,
  /** The clause describes the present, or its tense is unknown. */
  PRESENT,
  /** The clause says what will happen: a bare weekday or month is the next one. */
  FUTURE
}
