package org.dossier.extract.event;

import java.util.Optional;
import java.util.Set;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.Mention;
import org.dossier.model.Role;
import org.dossier.nlp.Token;

/**
 * Turns the word that heads an actor phrase into an event actor: the entity whose mention holds
 * it, with its country (its own, or that of the office it holds) and sector. Places are not
 * actors, but capitals acting for their governments were already made countries.
 */
final class ActorReader {

  private static final Set<EntityType> ACTORS =
      Set.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION);

  Optional<EventActor> actor(ResolvedEntities entities, Token head) {
    Optional<Mention> mention = entities.containing(head.start(), head.end(),
        e -> ACTORS.contains(e.type()));
    return mention.map(entities::entityOf).map(ActorReader::of);
  }

  static EventActor of(Entity e) {
    Optional<String> country = e.countryCode()
        .or(() -> e.roles().stream().map(Role::countryCode).flatMap(Optional::stream).findFirst());
    Optional<String> sector = e.type() == EntityType.COUNTRY || !e.roles().isEmpty()
        ? Optional.of("GOV") : Optional.empty();
    return new EventActor(e.id(), e.name(), country, sector);
  }
}
