package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.knowledge.Country;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.nlp.Token;

/**
 * Reads what the words around a phrase tie it to: a country by demonym, name, owner or person
 * ("Burundian", "Sudan's", "the Netanyahu government", "US-led"), an organization ("Hezbollah
 * guerrillas", "U.N. mediator"), or a place it is in ("rebels in Darfur"). A place counts only
 * when nothing closer names a country: "Albanian rebels in Macedonia" are Albanian.
 * Thread-safe.
 */
final class AffiliationReader {

  private static final Set<String> CLOSE = Set.of("amod", "compound", "nmod:poss", "appos",
      "obl:npmod", "nmod:npmod", "flat", "dep");
  private static final Set<String> CLOSE_CASES = Set.of("", "'s", "'", "of");
  private static final Set<String> PLACE_CASES = Set.of("in", "from", "at", "inside", "within",
      "throughout", "across", "based");

  /** What a modifier ties a phrase to: a country, or an organization it belongs to. */
  record Affiliation(Optional<Country> country, Optional<EventActor> organization) {

    String key() {
      return organization.map(EventActor::entityId)
          .orElseGet(() -> country.map(Country::iso2).orElse(""));
    }
  }

  private final ActorFactory factory;
  private final CountryWords countries;

  AffiliationReader(ActorFactory factory, CountryWords countries) {
    this.factory = factory;
    this.countries = countries;
  }

  /** The countries and organizations a phrase is tied to, closest ties first. */
  List<Affiliation> of(CodingContext ctx, Token h) {
    List<Affiliation> close = collect(ctx, h, true, 0);
    return close.stream().anyMatch(a -> a.country().isPresent() || a.organization().isPresent())
        ? close : collect(ctx, h, false, 0);
  }

  /**
   * A person or organization with what the words around it add: the country of a title or
   * apposition ("U.S. negotiator Paul Nitze"), the international body it serves ("U.N. mediator
   * Diego Cordovez" is IGO), the sector its title or apposition names.
   */
  EventActor complete(CodingContext ctx, Token h, EventActor a, Optional<String> sector) {
    EventActor out = a;
    if (out.countryCode().isEmpty()) {
      for (Affiliation x : of(ctx, h)) {
        if (x.country().isPresent()) {
          out = factory.withCountry(out, x.country().get(), ctx.entities());
          break;
        }
        Optional<String> orgSector = x.organization()
            .filter(o -> o.countryCode().isEmpty()).flatMap(EventActor::sector);
        if (orgSector.isPresent()) {
          // "U.N. Secretary-General Kofi Annan" serves the body, not a government.
          return new EventActor(out.entityId(), out.name(), out.countryCode(), orgSector);
        }
      }
    }
    if (out.sector().isEmpty() && sector.isPresent()) {
      out = new EventActor(out.entityId(), out.name(), out.countryCode(), sector);
    }
    return out;
  }

  private List<Affiliation> collect(CodingContext ctx, Token h, boolean close, int depth) {
    Map<String, Affiliation> found = new LinkedHashMap<>();
    if (close) {
      nameBefore(ctx, h).ifPresent(a -> found.put(a.key(), a));
    }
    List<Token> children = new ArrayList<>(ctx.children(h));
    // "his Omani counterpart": a pronoun owner ties a phrase to no country a word before it names.
    children.sort(java.util.Comparator.comparing(c -> c.pos().equals("PRP$")));
    for (Token c : children) {
      if (c.pos().equals("PRP$") && !found.isEmpty()) {
        continue;
      }
      String kase = ctx.caseOf(c);
      boolean wanted = close ? CLOSE.contains(c.relation()) && CLOSE_CASES.contains(kase)
          || c.relation().equals("nmod") && kase.equals("of")
          : (c.relation().equals("nmod") || c.relation().equals("obl")
              || c.relation().equals("acl")) && PLACE_CASES.contains(kase);
      if (wanted) {
        for (Token m : ActorReader.conjuncts(ctx, c, true)) {
          one(ctx, m, h, close, depth).forEach(a -> found.putIfAbsent(a.key(), a));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  // "Ivory Coast rebels", "European Community foreign ministers": a name of several words before
  // a group noun, read whole.
  private Optional<Affiliation> nameBefore(CodingContext ctx, Token h) {
    List<Token> run = ctx.children(h).stream().filter(c -> c.relation().equals("compound")
        && c.isProperNoun() && c.index() < h.index())
        .flatMap(c -> ctx.tree().subtree(c).stream()).filter(Token::isProperNoun).toList();
    if (run.size() < 2) {
      return Optional.empty();
    }
    String name = String.join(" ", run.stream().map(Token::word).toList());
    Optional<Country> c = countries.named(name);
    if (c.isPresent()) {
      return Optional.of(new Affiliation(c, Optional.empty()));
    }
    return factory.organization(name).map(o -> new Affiliation(Optional.empty(), Optional.of(o)));
  }

  private List<Affiliation> one(CodingContext ctx, Token m, Token group, boolean close,
      int depth) {
    // The entity of the word, unless it is the very group being read ("Ivory Coast rebels").
    Optional<Entity> e = ctx.entities().containing(m.start(), m.end(),
        x -> x.mentions().stream().noneMatch(n -> n.start() <= group.start()
            && n.end() >= group.end())).map(ctx.entities()::entityOf);
    if (e.isPresent() && e.get().type() == EntityType.ORGANIZATION
        && factory.ofEntity(e.get()).sector().isPresent()) {
      return List.of(new Affiliation(Optional.empty(), Optional.of(factory.ofEntity(e.get()))));
    }
    Optional<Country> c = e.filter(x -> x.type() != EntityType.MEDIA)
        .flatMap(x -> factory.ofEntity(x).countryCode()).flatMap(factory::country)
        .or(() -> countries.country(m));
    if (c.isPresent()) {
      return List.of(new Affiliation(c, Optional.empty()));
    }
    List<Affiliation> inner = new ArrayList<>();
    for (Token x : ctx.children(m)) {
      if ((x.relation().startsWith("obl") || x.relation().equals("compound")
          || x.relation().equals("dep") || x.relation().equals("nmod:npmod"))
          && x.index() < m.index()) {
        inner.addAll(one(ctx, x, group, close, depth)); // "US-led", "Vietnamese-led", "US-Israeli"
      }
    }
    return inner.isEmpty() && depth < 1 && m.isNoun() ? collect(ctx, m, close, depth + 1) : inner;
  }
}
