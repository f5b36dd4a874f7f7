package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.event.AgentLexicon.Agent;
import org.dossier.knowledge.Country;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.nlp.Token;

/**
 * Turns the word that heads an actor phrase into actors: the canonical entity whose mention holds
 * it ("the Israeli premier" → Netanyahu); a group noun with the country next to it ("Burundian
 * militiamen", "rebels in Darfur", "top Iranian and American diplomats" → two groups); an
 * organization qualifying a group ("Hezbollah guerrillas"); the members a collective counts
 * ("thousands of Nigerians"); the group or owner a thing belongs to ("a refugee camp",
 * "Haiti's efforts"). Coordinated phrases give one actor each; a relative pronoun stands for
 * its antecedent; "ethnic Albanians" are a people, not Albania. Thread-safe.
 */
final class ActorReader {

  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  private static final Set<String> OWNER_CASES = Set.of("", "of", "for", "from", "by", "'s", "'");

  private final ActorFactory factory;
  private final AgentLexicon agents;
  private final CountryWords countries;
  private final AffiliationReader affiliations;

  ActorReader(ActorFactory factory, AgentLexicon agents, CountryWords countries) {
    this.factory = factory;
    this.agents = agents;
    this.countries = countries;
    this.affiliations = new AffiliationReader(factory, countries);
  }

  /** The actors a phrase names, one per coordinated member. */
  List<Actor> read(CodingContext ctx, Token head) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Token member : conjuncts(ctx, head, false)) {
      for (Actor a : one(ctx, member, 0)) {
        out.putIfAbsent(a.actor().entityId() + "/" + a.actor().sector().orElse(""), a);
      }
    }
    return List.copyOf(out.values());
  }

  /** The phrase and those coordinated with it; {@code anyWord} admits adjectives too. */
  static List<Token> conjuncts(CodingContext ctx, Token head, boolean anyWord) {
    List<Token> out = new ArrayList<>(List.of(head));
    for (Token c : ctx.children(head)) {
      if (c.relation().equals("conj") && (anyWord || c.isNoun() || c.pos().startsWith("PRP"))) {
        out.addAll(conjuncts(ctx, c, anyWord));
      }
    }
    return out;
  }

  private List<Actor> one(CodingContext ctx, Token word, int depth) {
    Token h = antecedent(ctx, word);
    if (isEthnic(ctx, h)) {
      Agent people = agents.find("people", "people").orElseThrow();
      return List.of(new Actor(factory.ofGroup(Optional.empty(), people, "ethnic " + h.word(),
          Optional.of("CVL"), ctx.entities()), h, false));
    }
    Optional<Entity> e = ctx.entityAt(h);
    Optional<Agent> agent = h.isNoun() ? agents.find(h.lemma(), h.word()) : Optional.empty();
    if (e.isPresent() && !isUnplacedGroup(h, e.get(), agent)) {
      List<Actor> found = entity(ctx, h, e.get());
      if (!found.isEmpty() || e.get().type() != EntityType.LOCATION) {
        return found;
      }
    }
    if (agent.isPresent()) {
      return group(ctx, h, agent.get(), h.word(), depth);
    }
    Optional<Country> country = countries.country(h);
    if (country.isPresent()) {
      return List.of(new Actor(factory.ofCountry(country.get(), ctx.entities(), Optional.empty()),
          h, false));
    }
    return depth < 2 && h.isNoun() ? owner(ctx, h, depth) : List.of();
  }

  private List<Actor> entity(CodingContext ctx, Token h, Entity e) {
    if (e.type() == EntityType.LOCATION) {
      return e.countryCode().isPresent()
          ? List.of(new Actor(factory.ofEntity(e), h, true)) : List.of();
    }
    if (e.type() == EntityType.COUNTRY && isPeople(h)) {
      // "Nigerians", "the Palestinians": the people of a country, not its government; "the
      // Albanians of southern Serbia" live in Serbia.
      Agent people = agents.find("people", "people").orElseThrow();
      Optional<Country> where = affiliations.of(ctx, h).stream().map(a -> a.country())
          .flatMap(Optional::stream).findFirst();
      return List.of(new Actor(factory.ofGroup(where.or(() -> e.countryCode()
          .flatMap(factory::country)), people, "", Optional.of("CVL"), ctx.entities()), h, false));
    }
    if (e.type() != EntityType.PERSON && e.type() != EntityType.COUNTRY
        && e.type() != EntityType.ORGANIZATION) {
      return List.of();
    }
    Optional<Country> office = officeOfAnother(ctx, h, e);
    if (office.isPresent()) {
      return List.of(new Actor(factory.ofCountry(office.get(), ctx.entities(), Optional.of("GOV")),
          h, false));
    }
    EventActor a = factory.ofEntity(e);
    if (e.type() != EntityType.COUNTRY) {
      Token named = namedAt(ctx, h, e);
      a = affiliations.complete(ctx, named, a, agentSector(ctx, named));
    }
    return List.of(new Actor(a, h, false));
  }

  // "he" reads what the words around the name say of him: "U.N. Secretary-General Kofi Annan".
  private static Token namedAt(CodingContext ctx, Token h, Entity e) {
    if (!h.pos().startsWith("PRP")) {
      return h;
    }
    for (var m : e.mentions()) {
      List<Token> tokens = ctx.in().parsed().tokensIn(m.start(), m.end());
      if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isProperNoun()) {
        return tokens.get(tokens.size() - 1);
      }
    }
    return h;
  }

  // "negotiate with the president of Armenia", said of Putin: a title "of" another country is
  // that country's office, whoever the title was taken to point back to.
  private Optional<Country> officeOfAnother(CodingContext ctx, Token h, Entity person) {
    if (person.type() != EntityType.PERSON || h.isProperNoun()) {
      return Optional.empty();
    }
    Optional<String> own = factory.ofEntity(person).countryCode();
    return ctx.children(h).stream()
        .filter(c -> c.relation().equals("nmod") && ctx.caseOf(c).equals("of"))
        .map(ctx::entityAt).flatMap(Optional::stream)
        .filter(x -> x.type() == EntityType.COUNTRY && !x.countryCode().equals(own))
        .map(Entity::countryCode).flatMap(Optional::stream).findFirst().flatMap(factory::country);
  }

  private List<Actor> group(CodingContext ctx, Token h, Agent agent, String word, int depth) {
    if (agent.isCollective() && depth < 2) {
      Optional<Token> members = ctx.children(h).stream()
          .filter(c -> c.relation().equals("nmod") && ctx.caseOf(c).equals("of")).findFirst();
      if (members.isPresent()) {
        List<Actor> found = one(ctx, members.get(), depth + 1);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    Optional<String> sector = agent.weak() || agent.isCollective()
        ? modifierSector(ctx, h).or(agent::sector) : agent.sector();
    List<AffiliationReader.Affiliation> found = affiliations.of(ctx, h);
    for (AffiliationReader.Affiliation a : found) {
      if (a.organization().isPresent()) {
        EventActor org = a.organization().get();
        return List.of(new Actor(org.sector().isPresent() ? org
            : new EventActor(org.entityId(), org.name(), org.countryCode(), sector), h, false));
      }
    }
    List<Actor> out = new ArrayList<>();
    for (AffiliationReader.Affiliation a : found) {
      a.country().ifPresent(c -> out.add(new Actor(
          factory.ofGroup(Optional.of(c), agent, word, sector, ctx.entities()), h, false)));
    }
    if (out.isEmpty()) {
      out.add(new Actor(factory.ofGroup(Optional.empty(), agent, word, sector, ctx.entities()),
          h, false));
    }
    return out;
  }

  // A thing is no actor, but the group or owner it belongs to may be: "a refugee camp" holds
  // refugees, "Haiti's efforts" are Haiti's, "a camp for Congolese refugees" holds refugees.
  private List<Actor> owner(CodingContext ctx, Token h, int depth) {
    for (Token c : ctx.children(h)) {
      if ((c.relation().equals("compound") || c.relation().equals("amod")) && c.isNoun()
          && c.index() < h.index()) {
        Optional<Agent> a = agents.find(c.lemma(), c.word());
        if (a.isPresent() && !a.get().isCollective()) {
          return group(ctx, h, a.get(), a.get().plural(), depth);
        }
      }
    }
    for (String relation : List.of("nmod:poss", "compound", "amod", "nmod")) {
      for (Token c : ctx.children(h)) {
        if (c.relation().equals(relation) && OWNER_CASES.contains(ctx.caseOf(c))) {
          List<Actor> found = one(ctx, c, depth + 1);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  // A word before a weak group noun that says which side it is on: "rebel leaders".
  private Optional<String> modifierSector(CodingContext ctx, Token h) {
    for (Token c : ctx.children(h)) {
      if ((c.relation().equals("compound") || c.relation().equals("amod")) && c.index() < h.index()) {
        Optional<Agent> a = agents.find(c.lemma(), c.word());
        if (a.isPresent() && a.get().sector().isPresent()) {
          return a.get().sector();
        }
      }
    }
    return Optional.empty();
  }

  // What a person's title or apposition says they are: "opposition leader X", "X, an activist".
  private Optional<String> agentSector(CodingContext ctx, Token h) {
    for (Token c : ctx.children(h)) {
      boolean describes = c.relation().equals("appos") || c.relation().equals("compound")
          && c.index() < h.index() && !c.isProperNoun();
      if (describes) {
        Optional<Agent> a = agents.find(c.lemma(), c.word());
        if (a.isPresent() && a.get().sector().isPresent()) {
          return a.get().weak() ? modifierSector(ctx, c).or(a.get()::sector) : a.get().sector();
        }
      }
    }
    return Optional.empty();
  }

  // "Militants", "the military government": a group noun the entity stage kept as an entity of
  // its own, with no country, is read as a group, whose country the words around it may tell.
  private boolean isUnplacedGroup(Token h, Entity e, Optional<Agent> agent) {
    return agent.isPresent() && !h.isProperNoun() && e.type() != EntityType.COUNTRY
        && factory.ofEntity(e).countryCode().isEmpty();
  }

  private boolean isPeople(Token h) {
    return h.isNoun() && h.word().endsWith("s")
        && (countries.isDemonym(h.word()) || countries.isDemonym(h.lemma()));
  }

  // "ethnic Albanians", "ethnic Turks": a people wherever they live.
  private boolean isEthnic(CodingContext ctx, Token h) {
    return h.isNoun() && ctx.children(h).stream().anyMatch(c -> c.relation().equals("amod")
        && CodingContext.lower(c.word()).equals("ethnic"));
  }

  private static Token antecedent(CodingContext ctx, Token t) {
    if (RELATIVE.contains(CodingContext.lower(t.word())) && !t.isRoot()) {
      Token clause = ctx.head(t);
      if (clause.relation().equals("acl:relcl") && !clause.isRoot()) {
        return ctx.head(clause);
      }
    }
    return t;
  }
}
