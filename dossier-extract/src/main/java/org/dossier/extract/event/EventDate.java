package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

/** When an event happened: a TIMEX3 value, and whether the text said it. */
record EventDate(String value, boolean fromText) {

  EventDate {
    requireNonNull(value, "value");
  }
}
