package org.dossier.extract.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an event becomes under a modality, as PLOVER codes it: a cooperative act promised or
 * offered is AGREE ("will visit Albania", "ready to contribute troops"), a hostile one THREATEN
 * ("will boycott"), and so is any act done unless the other side yields ("will withdraw its
 * force unless …"); a hostile act prepared is MOBILIZE; a cooperative act
 * refused is REJECT. Acts that did not or may not happen are no events. Verbal acts (REQUEST,
 * ACCUSE, REJECT, THREATEN, AGREE) keep their type when announced. Thread-safe.
 */
final class ModalShift {

  private static final Set<String> VERBAL = Set.of("REQUEST", "ACCUSE", "REJECT", "THREATEN",
      "AGREE");
  // The CAMEO "express intent to …" (03x), "threaten to …" (13x), "reject …" (12x) codes.
  private static final Map<String, String> INTENT = Map.of("CONSULT", "036", "SUPPORT", "032",
      "CONCEDE", "035", "COOPERATE", "031", "AID", "033", "RETREAT", "035");
  private static final Map<String, String> THREAT = Map.of("SANCTION", "131", "PROTEST", "133",
      "COERCE", "132", "MOBILIZE", "138", "ASSAULT", "138");
  private static final Map<String, String> THREAT_MODE = Map.of("SANCTION", "relations",
      "PROTEST", "restrict", "COERCE", "restrict", "MOBILIZE", "violence", "ASSAULT", "violence");
  private static final Map<String, String> REFUSAL = Map.of("CONSULT", "125", "SUPPORT", "120",
      "CONCEDE", "124", "COOPERATE", "121", "AID", "122", "RETREAT", "124");

  Optional<EventType> shift(EventType type, Modality modality) {
    return switch (modality) {
      case REAL -> Optional.of(type);
      case INTENDED -> Optional.of(intended(type));
      case CONDITIONED -> Optional.of(type.isCooperative() || VERBAL.contains(type.code())
          ? EventType.of("THREATEN", "130", null) : intended(type));
      case PREPARED -> Optional.of(type.isCooperative() ? intended(type)
          : EventType.of("MOBILIZE", "150", null));
      case REFUSED -> type.isCooperative() && !type.code().equals("AGREE")
          ? Optional.of(EventType.of("REJECT", REFUSAL.get(type.code()), null))
          : type.code().equals("AGREE") ? Optional.of(EventType.of("REJECT", "120", null))
          : Optional.empty();
      case NEGATED, UNREAL, OBLIGED -> Optional.empty();
    };
  }

  private static EventType intended(EventType type) {
    if (VERBAL.contains(type.code()) || type.code().equals("MOBILIZE")) {
      return type; // announcing a deployment is already the show of force
    }
    if (type.isCooperative()) {
      return EventType.of("AGREE", INTENT.get(type.code()), null);
    }
    return EventType.of("THREATEN", THREAT.get(type.code()), THREAT_MODE.get(type.code()));
  }
}
