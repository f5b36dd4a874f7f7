package org.dossier.extract.event;

import java.util.Locale;
import java.util.Optional;
import org.dossier.extract.event.AgentLexicon.Agent;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.Organization;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.Role;

/**
 * Makes event actors with their country and sector: from canonical entities (a country acts as
 * its government, an office holder for the government, an organization by its kind), from
 * groups named by a noun and a country ("Burundian militiamen" are Burundi in the military
 * sector), and from places. A group of no known country gets a stable id from its noun.
 * Thread-safe.
 */
final class ActorFactory {

  private final KnowledgeBase knowledge;
  private final AgentLexicon agents;
  private final OrganizationNames organizations;

  ActorFactory(KnowledgeBase knowledge, AgentLexicon agents) {
    this.knowledge = knowledge;
    this.agents = agents;
    this.organizations = new OrganizationNames(knowledge, agents);
  }

  /** A person, country or organization as an actor; places are actors by their country. */
  EventActor ofEntity(Entity e) {
    Optional<String> country = countryOf(e);
    return new EventActor(e.id(), e.name(), country, sectorOf(e, country));
  }

  /**
   * A group acting for a country is the country in that sector ("Burundian militiamen" are
   * Burundi, MIL; "Iranian protesters" Iran, CVL), as CAMEO codes agents; a group of no known
   * country is itself, by its noun.
   */
  EventActor ofGroup(Optional<Country> country, Agent agent, String word,
      Optional<String> sector, ResolvedEntities entities) {
    if (country.isPresent()) {
      return ofCountry(country.get(), entities, sector);
    }
    String lower = word.toLowerCase(Locale.ROOT).trim();
    boolean named = !lower.isBlank() && agents.find(lower, lower).isEmpty()
        && word.chars().anyMatch(Character::isUpperCase);
    String slug = named ? lower.replaceAll("[^\\p{L}\\p{N}]+", "-") : agent.lemma();
    return new EventActor("dossier:group:" + slug, named ? word : agent.plural(),
        Optional.empty(), sector);
  }

  /** A country acting as such: the article's entity for it when there is one. */
  EventActor ofCountry(Country c, ResolvedEntities entities, Optional<String> sector) {
    Optional<Entity> entity = entities.entities().stream()
        .filter(e -> e.type() == EntityType.COUNTRY && e.countryCode().equals(Optional.of(c.iso2())))
        .findFirst();
    String id = entity.map(Entity::id).orElseGet(() -> c.qid()
        .orElse("dossier:country:" + c.name().toLowerCase(Locale.ROOT).replace(' ', '-')));
    return new EventActor(id, c.name(), Optional.of(c.iso2()), sector.or(() -> Optional.of("GOV")));
  }

  /** The same actor seen as part of a country it was not known to belong to. */
  EventActor withCountry(EventActor a, Country c, ResolvedEntities entities) {
    if (a.entityId().startsWith("dossier:group:")) {
      return ofCountry(c, entities, a.sector());
    }
    return new EventActor(a.entityId(), a.name(), Optional.of(c.iso2()), a.sector());
  }

  /** A body the knowledge base knows by this name, as an actor. */
  Optional<EventActor> organization(String name) {
    return knowledge.organization(name).map(o -> new EventActor(o.id(), o.name(), o.countryCode(),
        Optional.of(sectorOf(o, o.countryCode()))));
  }

  Optional<Country> country(String code) {
    return knowledge.countryByCode(code);
  }

  private Optional<String> countryOf(Entity e) {
    return e.countryCode()
        .or(() -> e.roles().stream().map(Role::countryCode).flatMap(Optional::stream).findFirst())
        .or(() -> e.type() == EntityType.ORGANIZATION ? organizationCountry(e.name())
            : Optional.empty());
  }

  // A body inside the name decides ("al-Qaeda terror network" is al-Qaeda's, of no country).
  private Optional<String> organizationCountry(String name) {
    Optional<Organization> known = knowledge.organization(name)
        .or(() -> organizations.knownWithin(name));
    return known.isPresent() ? known.get().countryCode() : organizations.country(name);
  }

  private Optional<String> sectorOf(Entity e, Optional<String> country) {
    return switch (e.type()) {
      case COUNTRY -> Optional.of("GOV");
      case PERSON -> e.roles().isEmpty() ? Optional.empty() : Optional.of("GOV");
      case ORGANIZATION -> knowledge.organization(e.name())
          .or(() -> organizations.knownWithin(e.name()))
          .map(o -> sectorOf(o, country)).map(Optional::of)
          .orElseGet(() -> organizations.sector(e.name(), country));
      default -> Optional.empty();
    };
  }

  private static String sectorOf(Organization o, Optional<String> country) {
    boolean stateless = country.isEmpty();
    return switch (o.kind()) {
      case INTERNATIONAL -> "IGO";
      case GOVERNMENT -> "GOV";
      case MILITARY -> "MIL";
      case INTELLIGENCE -> "SPY";
      case PARTY -> "PTY";
      case ARMED_GROUP -> stateless ? "IMG" : "REB";
      case MEDIA -> "JRN";
      case COMPANY -> "BUS";
      case NGO -> stateless ? "NGO" : "CVL";
      case COURT -> "JUD";
      case LEGISLATURE -> "LEG";
    };
  }
}
