package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.knowledge.Country;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Gives a country to actors the text names without one, the way event coders read news: the
 * ruling authorities who crack down on Iranian protesters are Iran's; a president, judge or rebel
 * group in a sentence that names a single country belongs to it ("Judge Alejandro Rivera opened
 * investigations against 28 Chilean officials"); else the country the event takes place in
 * ("prisoners rioted at a jail in Dili", or the dateline's place for a story's own people).
 * International bodies stay without one. Thread-safe.
 */
final class CountryCompleter {

  private static final Set<String> STATELESS = Set.of("IGO", "NGO", "IMG");
  private static final Set<String> STATE = Set.of("GOV", "COP", "MIL", "SPY", "JUD", "LEG");

  private final ActorFactory factory;

  CountryCompleter(ActorFactory factory) {
    this.factory = factory;
  }

  List<Actor> complete(CodingContext ctx, Token trigger, List<Actor> actors, List<Actor> others,
      EventType type, Optional<Place> place) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      out.add(needsCountry(a) ? withCountry(ctx, trigger, a, others, type, place) : a);
    }
    return out;
  }

  private Actor withCountry(CodingContext ctx, Token trigger, Actor a, List<Actor> others,
      EventType type, Optional<Place> place) {
    Optional<String> code = domestic(a, others, type);
    // A named person or body is of a country the sentence names as such, not of the place an
    // event took place; a person is not of the country or leader on the other side ("Mitterand
    // welcomed de Klerk"), though officials facing their own judges are.
    Optional<EntityType> named = ctx.entityAt(a.head())
        .filter(e -> e.id().equals(a.actor().entityId())).map(Entity::type)
        .filter(t -> t == EntityType.PERSON || t == EntityType.ORGANIZATION);
    Set<String> countries = countriesNamed(ctx, trigger, named.isEmpty());
    if (named.equals(Optional.of(EntityType.PERSON))) {
      others.stream().filter(o -> isStateOrLeader(ctx, o))
          .forEach(o -> o.actor().countryCode().ifPresent(countries::remove));
    }
    if (code.isEmpty() && countries.size() == 1) {
      code = Optional.of(countries.iterator().next());
    }
    if (code.isEmpty() && named.isEmpty()) {
      code = place.flatMap(Place::countryCode);
    }
    Optional<Country> country = code.flatMap(factory::country);
    return country.map(c -> new Actor(factory.withCountry(a.actor(), c, ctx.entities()), a.head(),
        a.place())).orElse(a);
  }

  // Authorities acting on a town ("a curfew in Abidjan") or cracking down on their own people
  // ("protesters who faced a crackdown by the ruling authorities") are of that country.
  private static Optional<String> domestic(Actor a, List<Actor> others, EventType type) {
    if (a.actor().sector().filter(STATE::contains).isEmpty()) {
      return Optional.empty();
    }
    for (Actor o : others) {
      boolean people = o.actor().sector().filter(STATE::contains).isEmpty()
          && (type.code().equals("COERCE") || type.code().equals("ASSAULT"));
      if (o.place() || people) {
        return o.actor().countryCode();
      }
    }
    return Optional.empty();
  }

  // A country, or a person of one, on the other side: "Mitterand welcomed de Klerk".
  private static boolean isStateOrLeader(CodingContext ctx, Actor other) {
    return ctx.entityAt(other.head()).filter(e -> e.id().equals(other.actor().entityId()))
        .map(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.PERSON).orElse(false);
  }

  private static boolean needsCountry(Actor a) {
    EventActor x = a.actor();
    return x.countryCode().isEmpty() && x.sector().filter(STATELESS::contains).isEmpty();
  }

  /** The countries the sentence names: countries, places, people and bodies of a country. */
  private Set<String> countriesNamed(CodingContext ctx, Token trigger, boolean places) {
    Sentence s = ctx.in().parsed().sentenceOf(trigger);
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<Mention, Entity> entry : ctx.entities().mentionsInOrder()) {
      Mention m = entry.getKey();
      Entity e = entry.getValue();
      if (m.start() >= s.start() && m.end() <= s.end() && e.type() != EntityType.MEDIA
          && (places || e.type() != EntityType.LOCATION)) {
        factory.ofEntity(e).countryCode().ifPresent(out::add); // "Lithuanian Parliament" too
        e.roles().forEach(r -> r.countryCode().ifPresent(out::add));
      }
    }
    return out;
  }
}
