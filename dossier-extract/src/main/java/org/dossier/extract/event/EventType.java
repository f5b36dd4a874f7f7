package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A dictionary entry's verdict: the PLOVER type, nearest CAMEO code and PLOVER mode. */
record EventType(String code, String cameo, Optional<String> mode) {

  EventType {
    requireNonNull(code, "code");
    requireNonNull(cameo, "cameo");
    requireNonNull(mode, "mode");
  }
}
