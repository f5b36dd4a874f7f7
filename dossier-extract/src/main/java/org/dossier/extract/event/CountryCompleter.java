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
 * ("prisoners rioted at a jail in Dili"). International bodies stay without one. Thread-safe.
 */
final class CountryCompleter {

  private static final Set<String> STATELESS = Set.of("IGO", "NGO", "IMG", "UAF");
  private static final Set<String> STATE = Set.of("GOV", "COP", "MIL", "SPY", "JUD");

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
    Optional<String> code = Optional.empty();
    boolean repression = type.code().equals("COERCE") || type.code().equals("ASSAULT");
    if (repression && a.actor().sector().filter(STATE::contains).isPresent()) {
      code = others.stream().map(o -> o.actor().countryCode()).flatMap(Optional::stream)
          .findFirst();
    }
    Set<String> named = countriesNamed(ctx, trigger);
    if (code.isEmpty() && named.size() == 1) {
      code = Optional.of(named.iterator().next());
    }
    if (code.isEmpty()) {
      code = place.flatMap(Place::countryCode);
    }
    Optional<Country> country = code.flatMap(factory::country);
    return country.map(c -> new Actor(factory.withCountry(a.actor(), c, ctx.entities()), a.head(), a.place()))
        .orElse(a);
  }

  private static boolean needsCountry(Actor a) {
    EventActor x = a.actor();
    return x.countryCode().isEmpty() && x.sector().filter(STATELESS::contains).isEmpty();
  }

  /** The countries the sentence names: countries, places, people and bodies of a country. */
  private static Set<String> countriesNamed(CodingContext ctx, Token trigger) {
    Sentence s = ctx.in().parsed().sentenceOf(trigger);
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<Mention, Entity> entry : ctx.entities().mentionsInOrder()) {
      Mention m = entry.getKey();
      Entity e = entry.getValue();
      if (m.start() >= s.start() && m.end() <= s.end() && e.type() != EntityType.MEDIA) {
        e.countryCode().ifPresent(out::add);
        e.roles().forEach(r -> r.countryCode().ifPresent(out::add));
      }
    }
    return out;
  }
}
