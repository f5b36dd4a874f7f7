package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dictionary entry's verdict: the PLOVER event type, the nearest CAMEO code and the PLOVER
 * mode; its quad class follows from the type.
 */
record EventType(String code, String cameo, Optional<String> mode) {

  static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
      "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
      "MOBILIZE", "COERCE", "ASSAULT");

  // PLOVER manual, "Quad categories in PLOVER".
  private static final Map<String, Integer> QUAD = Map.ofEntries(
      Map.entry("AGREE", 1), Map.entry("CONSULT", 1), Map.entry("SUPPORT", 1),
      Map.entry("CONCEDE", 1), Map.entry("COOPERATE", 2), Map.entry("AID", 2),
      Map.entry("RETREAT", 2), Map.entry("REQUEST", 3), Map.entry("ACCUSE", 3),
      Map.entry("REJECT", 3), Map.entry("SANCTION", 3), Map.entry("THREATEN", 3),
      Map.entry("PROTEST", 4), Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4),
      Map.entry("ASSAULT", 4));

  EventType {
    requireNonNull(code, "code");
    requireNonNull(cameo, "cameo");
    requireNonNull(mode, "mode");
    if (!PLOVER.contains(code)) {
      throw new IllegalArgumentException("not a PLOVER event type: " + code);
    }
  }

  static EventType of(String code, String cameo, String mode) {
    return new EventType(code, cameo, Optional.ofNullable(mode));
  }

  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  int quadClass() {
    return QUAD.get(code);
  }

  boolean isCooperative() {
    return quadClass() <= 2;
  }

  /**
   * Whether both sides do the same to each other: "A and B met" is A with B and B with A, and so
   * is "A and B signed a treaty".
   */
  boolean isReciprocal() {
    return code.equals("CONSULT") || code.equals("AGREE") || code.equals("COOPERATE")
        || cameo.equals("057");
  }
}
