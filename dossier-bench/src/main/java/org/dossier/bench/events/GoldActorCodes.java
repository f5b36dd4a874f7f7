package org.dossier.bench.events;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.Role;

/**
 * Compares Dossier's actors with gold actor codes. A gold code names a country (ISO alpha-3, or
 * one of CAMEO's older spellings) or an actor of no one country ({@code IGO}, {@code NGO},
 * {@code IMG}); Dossier's actor matches the first by its alpha-2 country and the second when it
 * is an organization of no country. Thread-safe.
 */
final class GoldActorCodes {

  /** Codes CAMEO used before it followed ISO 3166 for these countries. */
  private static final Map<String, String> CAMEO_SPELLINGS = Map.of("JAP", "JPN", "ITL", "ITA");
  private static final Set<String> STATELESS = Set.of("IGO", "NGO", "IMG");

  private final KnowledgeBase knowledge;

  GoldActorCodes(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** Whether the code names an actor at all (the gold data has a few free words as codes). */
  boolean isActor(String code) {
    return STATELESS.contains(code) || country(code).isPresent();
  }

  /** The alpha-2 country of a gold code, empty for stateless actors and non-codes. */
  Optional<String> country(String code) {
    String c = CAMEO_SPELLINGS.getOrDefault(code, code);
    return c.matches("[A-Z]{3}") ? knowledge.countryByCode(c).map(Country::iso2) : Optional.empty();
  }

  boolean matches(String code, EventActor actor) {
    if (STATELESS.contains(code)) {
      return actor.countryCode().isEmpty()
          && actor.sector().filter(STATELESS::contains).isPresent();
    }
    return country(code).isPresent() && country(code).equals(actor.countryCode());
  }

  /** Whether an entity of the sentence carries the gold actor's country (issue 5). */
  boolean foundIn(String code, Entity e) {
    if (STATELESS.contains(code)) {
      return e.type() == EntityType.ORGANIZATION && e.countryCode().isEmpty();
    }
    Optional<String> cc = country(code);
    return cc.isPresent() && (cc.equals(e.countryCode())
        || e.roles().stream().map(Role::countryCode).anyMatch(cc::equals));
  }
}
