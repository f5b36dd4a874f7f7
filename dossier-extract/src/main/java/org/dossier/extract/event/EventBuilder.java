package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.text.DependencyTree;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PoliticalEvent;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Makes the event records of one predicate: shifts its type by modality, pairs sources with
 * targets (one record per pair; "A and B met" is A with B and B with A; "X hosted A and B for
 * talks" is A with B at X's place), infers the target of a hostile act the sentence leaves
 * implicit when only one other country is named, and adds date, place, quote and confidence.
 * Thread-safe.
 */
final class EventBuilder {

  private static final int MAX_PAIRS = 6;
  private static final String HOST = "043";

  private final ModalShift shift;
  private final EventDater dater;
  private final EventPlacer placer;
  private final SpeakerFinder speakers;
  private final ActorFactory factory;
  private final CountryCompleter countries;

  EventBuilder(EventDater dater, EventPlacer placer, SpeakerFinder speakers, ActorFactory factory) {
    this.shift = new ModalShift();
    this.countries = new CountryCompleter(factory);
    this.dater = dater;
    this.placer = placer;
    this.speakers = speakers;
    this.factory = factory;
  }

  List<PoliticalEvent> build(CodingContext ctx, Predicate p, Arguments args, Modality modality) {
    return build(ctx, p, args, modality, p.trigger());
  }

  /**
   * The records of a predicate whose evidence is {@code evidence}: the word, or the reported
   * clause, that a quote of the article may hold.
   */
  List<PoliticalEvent> build(CodingContext ctx, Predicate p, Arguments args, Modality modality,
      Token evidence) {
    Optional<EventType> shifted = shift.shift(p.type(), modality);
    if (shifted.isEmpty()) {
      return List.of();
    }
    EventDate date = dater.date(ctx, p);
    Optional<Place> inSentence = placer.inSentence(ctx, p);
    Optional<Place> place = inSentence.or(() -> placer.dateline(ctx, date));
    Draft d = new Draft(shifted.get(), args.sources(), args.targets(), base(ctx, p, modality));
    if (d.sources().isEmpty() && d.type().code().equals("ASSAULT") && !d.targets().isEmpty()) {
      d = new Draft(d.type(), unidentified(inSentence, p.trigger()), d.targets(),
          d.confidence() - 0.1);
    }
    if (d.sources().isEmpty()) {
      return List.of();
    }
    d = complete(ctx, p, reshape(ctx, p, d), place);
    if (d.sources().isEmpty()) {
      return List.of(); // "officials", "troops" of no known side tell no one's act
    }
    d = finish(ctx, d);
    return records(ctx, p, d.type(), pairs(d.type(), d.sources(), d.targets()),
        Math.round(Math.max(0.1, Math.min(0.95, d.confidence())) * 100) / 100.0,
        quoteOf(ctx, evidence), place, date);
  }

  /** An event being made: its type, actors and confidence so far. */
  private record Draft(EventType type, List<Actor> sources, List<Actor> targets,
      double confidence) {
  }

  // A host with two guests of different countries hosts their meeting; both sides of a
  // reciprocal act are each other's targets; a hostile act may aim at the one other country.
  private Draft reshape(CodingContext ctx, Predicate p, Draft d) {
    EventType type = d.type();
    if (type.cameo().equals(HOST) && distinctCountries(d.targets()) >= 2) {
      return new Draft(EventType.of("CONSULT", "044", "third-party"), d.targets(), List.of(),
          d.confidence());
    }
    if (type.isReciprocal() && d.sources().size() >= 2) {
      return new Draft(type, d.sources(), List.of(), d.confidence());
    }
    if (type.cameo().equals("152") && distinctCountries(d.sources()) >= 2) {
      type = EventType.of("COOPERATE", "062", null); // war games held together
    }
    if (d.targets().isEmpty() && type.quadClass() >= 3 && !type.code().equals("PROTEST")) {
      List<Actor> implicit = implicitTarget(ctx, p.trigger(), d.sources());
      return new Draft(type, d.sources(), implicit,
          d.confidence() - (implicit.isEmpty() ? 0 : 0.1));
    }
    return new Draft(type, d.sources(), d.targets(), d.confidence());
  }

  // Countries for actors named without one; groups of no known side cannot act.
  private Draft complete(CodingContext ctx, Predicate p, Draft d, Optional<Place> place) {
    List<Actor> sources = countries.complete(ctx, p.trigger(), d.sources(), d.targets(),
        d.type(), place);
    List<Actor> targets = countries.complete(ctx, p.trigger(), d.targets(), d.sources(),
        d.type(), place);
    return new Draft(d.type(), sources.stream().filter(a -> !a.weak()).toList(), targets,
        d.confidence());
  }

  private Draft finish(CodingContext ctx, Draft d) {
    List<Actor> targets = d.targets();
    double confidence = d.confidence();
    if (targets.isEmpty() && d.type().code().equals("PROTEST")) {
      targets = ownGovernment(ctx, d.sources());
      confidence -= targets.isEmpty() ? 0 : 0.1;
    }
    if (!targets.isEmpty() && targets.stream().allMatch(Actor::place)) {
      targets = targets.subList(0, 1); // "the town of Goma in eastern Congo": the nearest place
    }
    boolean explicit = targets.stream().anyMatch(t -> !t.place() && !t.weak());
    confidence += explicit ? 0.1 : targets.isEmpty() ? 0 : 0.03;
    return new Draft(d.type(), d.sources(), targets, confidence);
  }

  // People who protest and say not against whom protest against their own government.
  private List<Actor> ownGovernment(CodingContext ctx, List<Actor> sources) {
    Actor protester = sources.get(0);
    boolean state = protester.actor().sector().filter(s -> s.equals("GOV") || s.equals("MIL")
        || s.equals("COP")).isPresent();
    return state ? List.of() : protester.actor().countryCode().flatMap(factory::country)
        .map(c -> List.of(new Actor(factory.ofCountry(c, ctx.entities(), Optional.of("GOV")),
            protester.head(), false))).orElse(List.of());
  }

  // CAMEO's unidentified armed forces: "three civilians were killed in a car bombing in Baghdad".
  private static List<Actor> unidentified(Optional<Place> place, Token trigger) {
    Optional<String> country = place.flatMap(Place::countryCode);
    String id = "dossier:group:" + country.map(c -> c.toLowerCase(java.util.Locale.ROOT) + ":")
        .orElse("") + "unidentified";
    return List.of(new Actor(new EventActor(id, "unidentified attackers", country,
        Optional.of("UAF")), trigger, false));
  }

  private List<PoliticalEvent> records(CodingContext ctx, Predicate p, EventType type,
      List<Actor[]> pairs, double confidence, Optional<Integer> quote, Optional<Place> place,
      EventDate date) {
    Sentence s = ctx.in().parsed().sentenceOf(p.trigger());
    String text = ctx.in().parsed().text().substring(s.start(), s.end());
    List<PoliticalEvent> out = new ArrayList<>();
    for (Actor[] pair : pairs) {
      out.add(new PoliticalEvent(type.code(), type.cameo(), type.mode(), pair[0].actor(),
          Optional.ofNullable(pair[1]).map(Actor::actor), place, date.value(), text, s.start(),
          s.end(), confidence, type.quadClass(), date.fromText(), quote));
    }
    return out;
  }

  /** One pair per source and target; both ways among the sources of a reciprocal act. */
  private static List<Actor[]> pairs(EventType type, List<Actor> sources, List<Actor> targets) {
    List<Actor[]> out = new ArrayList<>();
    if (targets.isEmpty() && type.isReciprocal() && sources.size() >= 2) {
      for (Actor a : sources) {
        for (Actor b : sources) {
          if (!a.sameAs(b) && out.size() < MAX_PAIRS) {
            out.add(new Actor[] {a, b});
          }
        }
      }
      return out;
    }
    for (Actor a : sources) {
      if (targets.isEmpty()) {
        out.add(new Actor[] {a, null});
      }
      for (Actor b : targets) {
        if (!a.sameAs(b) && out.size() < MAX_PAIRS) {
          out.add(new Actor[] {a, b});
        }
      }
    }
    return out;
  }

  // "bellicose rhetoric … threatening another round of military intervention" in a sentence
  // about Washington and Tehran: a hostile act with no named target is aimed at the one other
  // country the sentence names, if there is only one.
  private List<Actor> implicitTarget(CodingContext ctx, Token trigger, List<Actor> sources) {
    Set<String> own = new LinkedHashSet<>();
    sources.forEach(s -> s.actor().countryCode().ifPresent(own::add));
    Sentence s = ctx.in().parsed().sentenceOf(trigger);
    Set<String> others = new LinkedHashSet<>();
    Entity found = null;
    Mention at = null;
    for (Map.Entry<Mention, Entity> entry : ctx.entities().mentionsInOrder()) {
      Entity e = entry.getValue();
      Mention m = entry.getKey();
      if (m.start() >= s.start() && m.end() <= s.end() && e.type() == EntityType.COUNTRY
          && e.countryCode().isPresent() && !own.contains(e.countryCode().get())) {
        others.add(e.countryCode().get());
        found = e;
        at = m;
      }
    }
    if (others.size() != 1 || own.isEmpty()) {
      return List.of();
    }
    Token head = ctx.in().parsed().tokensIn(at.start(), at.end()).get(0);
    return List.of(new Actor(factory.ofEntity(found), head, false));
  }

  // The quote that holds the evidence, or the statement whose reported clause holds it.
  private Optional<Integer> quoteOf(CodingContext ctx, Token evidence) {
    Optional<Integer> direct = speakers.quoteAt(ctx, evidence.start(), evidence.end());
    Optional<Token> speech = speakers.speechVerb(ctx, evidence);
    if (direct.isPresent() || speech.isEmpty()) {
      return direct;
    }
    Token cue = speech.get();
    Token clause = evidence;
    while (!clause.isRoot() && ctx.head(clause).index() != cue.index()
        && !ctx.children(clause).contains(cue)) {
      clause = ctx.head(clause);
    }
    boolean cueInside = ctx.tree().dominates(clause, cue);
    int[] span = DependencyTree.span(ctx.tree().subtree(clause).stream()
        .filter(t -> !cueInside || !ctx.tree().dominates(cue, t)).toList());
    return speakers.quoteAt(ctx, span[0], span[1]);
  }

  private static double base(CodingContext ctx, Predicate p, Modality modality) {
    double base = p.isVerbal() ? 0.6 : 0.45;
    base -= modality == Modality.REAL ? 0 : 0.05;
    int depth = 0;
    for (Token cur = p.trigger(); !cur.isRoot() && depth < 6; cur = ctx.head(cur)) {
      depth += ctx.head(cur).isVerb() ? 1 : 0;
    }
    // The sentence's main clause is what it reports; subordinate clauses add background.
    return base - 0.12 * Math.min(depth, 3);
  }

  private static int distinctCountries(List<Actor> actors) {
    return (int) actors.stream().filter(a -> !a.place()).map(Actor::actor)
        .map(EventActor::countryCode).flatMap(Optional::stream).distinct().count();
  }
}
