package org.dossier.extract.event;

import static org.dossier.extract.event.Actor.notPlaces;
import static org.dossier.extract.event.Actor.strong;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.nlp.Token;

/**
 * Reads whom an act is aimed at. A verb: the actors of its object, else of its complements by
 * preposition ("with"/"against"/"on"/"to"; for verbal conflict and support, what it is about
 * first: "complained to the UN over Israeli raids" is aimed at Israel), else the subject or
 * target of its infinitive or reported clause ("demanded that the government end curbs"). A
 * noun: its "against"/"on"/"of"/"with"/"between" phrase, or who is to act in its complement ("its
 * demand that Israel ease restrictions"). A phrase that names no one may hold someone one step
 * down ("suspension of air links with Serbia"). A group of no known country is a target only
 * when nothing better is, then a place standing for its country ("lifted a curfew in
 * Montenegro"). Thread-safe.
 */
final class TargetReader {

  private static final List<String> TARGET_CASES = List.of("with", "against", "on", "upon", "to",
      "into", "toward", "towards", "at", "over", "from", "between", "among");
  private static final List<String> CONTENT_CASES = List.of("over", "about", "against", "for",
      "of", "on", "with", "to", "from", "among");
  private static final Set<String> NOUN_TARGET_CASES = Set.of("against", "on", "upon", "of",
      "with", "to", "into", "over", "toward", "towards", "at", "in", "between", "among");
  private static final Set<String> DEEPER_CASES = Set.of("to", "with", "on", "against", "into",
      "over", "toward", "towards", "from", "in", "among");
  private static final Set<String> PLACE_CASES = Set.of("in", "into", "at", "across", "to",
      "inside", "near", "on", "throughout", "from");
  private static final Set<String> NOT_TARGETS = Set.of("behalf", "part", "side", "role",
      "basis", "way", "eve", "wake", "run-up", "time", "day");

  private final ActorReader actors;

  TargetReader(ActorReader actors) {
    this.actors = actors;
  }

  /** The targets of an active verb. */
  List<Actor> ofVerb(CodingContext ctx, Token v, Predicate p) {
    return ofVerb(ctx, v, p, 0);
  }

  private List<Actor> ofVerb(CodingContext ctx, Token v, Predicate p, int depth) {
    List<Actor> found = arguments(ctx, v, p);
    if (strong(found).isEmpty() && depth < 2) {
      for (Token c : ctx.children(v)) {
        if (c.relation().equals("xcomp") || c.relation().equals("ccomp")) {
          found.addAll(ctx.tree().child(c, r -> r.startsWith("nsubj"))
              .map(s -> notPlaces(actors.read(ctx, s)))
              .filter(l -> !l.isEmpty()).orElseGet(() -> ofVerb(ctx, c, p, depth + 1)));
        }
      }
    }
    if (!strong(found).isEmpty() || depth > 0) {
      return strong(found).isEmpty() ? found : strong(found);
    }
    if (found.isEmpty() && (p.type().quadClass() == 3 || p.type().code().equals("SUPPORT"))) {
      found.addAll(ownerOfTheAct(ctx, v));
    }
    return found.isEmpty() ? places(ctx, v, 0) : found;
  }

  // The object, else the complements in the order of the cases the act looks to.
  private List<Actor> arguments(CodingContext ctx, Token v, Predicate p) {
    List<Actor> found = new ArrayList<>();
    boolean ownForces = p.type().code().equals("MOBILIZE");
    for (Token c : ctx.children(v)) {
      String r = c.relation();
      if ((r.equals("obj") && !ownForces || r.equals("iobj")) && notTheEventNoun(c, p)
          && !isOwn(ctx, c)) {
        found.addAll(phrase(ctx, c));
      }
    }
    List<String> cases = p.type().quadClass() == 3 || p.type().code().equals("SUPPORT")
        ? CONTENT_CASES : TARGET_CASES;
    for (String wanted : cases) {
      for (Token c : ctx.children(v)) {
        if (strong(found).isEmpty() && c.relation().startsWith("obl")
            && ctx.caseOf(c).equals(wanted) && notTheEventNoun(c, p) && isTarget(c)) {
          found.addAll(phrase(ctx, c));
        }
      }
    }
    return found;
  }


  // "denounced as an ugly crime Serbia's suppression of unrest": a reaction is aimed at whoever
  // did what it is about.
  private List<Actor> ownerOfTheAct(CodingContext ctx, Token v) {
    for (Token c : ctx.children(v)) {
      if (c.relation().equals("obj") || c.relation().startsWith("obl")) {
        for (Token t : ctx.tree().subtree(c)) {
          Optional<Token> owner = ctx.child(t, "nmod:poss");
          List<Actor> found = owner.map(o -> notPlaces(actors.read(ctx, o))).orElse(List.of());
          if (!strong(found).isEmpty()) {
            return strong(found);
          }
        }
      }
    }
    return List.of();
  }

  /** The targets of an event noun. */
  List<Actor> ofNoun(CodingContext ctx, Token n, Predicate p) {
    List<Actor> out = new ArrayList<>();
    for (Token c : ctx.children(n)) {
      String kase = ctx.caseOf(c);
      boolean participants = kase.equals("of") && p.type().isReciprocal();
      boolean left = kase.equals("from") && p.type().code().equals("RETREAT"); // "withdrawal from"
      if (c.relation().startsWith("nmod") && (NOUN_TARGET_CASES.contains(kase) || left)
          && !participants && isTarget(c)) {
        out.addAll(phrase(ctx, c));
      } else if ((c.relation().equals("acl") || c.relation().equals("ccomp"))
          && p.type().quadClass() == 3) {
        // "its demand that Israel ease restrictions": who is to act is the target.
        ctx.tree().child(c, r -> r.startsWith("nsubj"))
            .ifPresent(s -> out.addAll(notPlaces(actors.read(ctx, s))));
      }
    }
    List<Actor> actorsOnly = notPlaces(out);
    return !strong(actorsOnly).isEmpty() ? strong(actorsOnly)
        : actorsOnly.isEmpty() ? out : actorsOnly;
  }

  /**
   * Places the clause acts on or in, standing for their countries, as a last resort: "lifted a
   * curfew in Montenegro", "fired at targets in Jericho", "threatened to ban voting in East
   * Jerusalem".
   */
  List<Actor> places(CodingContext ctx, Token v, int depth) {
    List<Actor> out = new ArrayList<>();
    for (Token c : ctx.children(v)) {
      boolean argument = c.relation().startsWith("obl") && PLACE_CASES.contains(ctx.caseOf(c))
          || c.relation().equals("obj") || c.relation().equals("nsubj:pass");
      if (argument) {
        out.addAll(placesIn(ctx, c));
        for (Token x : ctx.children(c)) {
          if (out.isEmpty() && x.relation().startsWith("nmod")
              && PLACE_CASES.contains(ctx.caseOf(x))) {
            out.addAll(placesIn(ctx, x));
          } else if (out.isEmpty() && x.relation().equals("acl")) {
            out.addAll(places(ctx, x, 2)); // "the nightly curfew imposed in Sudan"
          }
        }
      }
    }
    for (Token c : ctx.children(v)) {
      if (out.isEmpty() && depth < 2 && (c.relation().equals("xcomp")
          || c.relation().equals("ccomp"))) {
        out.addAll(places(ctx, c, depth + 1));
      }
    }
    return out;
  }

  // The actors a phrase names, or, when it names no one of a known country, those one step down.
  private List<Actor> phrase(CodingContext ctx, Token head) {
    List<Actor> direct = notPlaces(actors.read(ctx, head));
    if (!strong(direct).isEmpty()) {
      return direct;
    }
    List<Actor> out = new ArrayList<>(direct);
    for (Token x : ctx.children(head)) {
      String kase = ctx.caseOf(x);
      if (x.relation().startsWith("nmod") && DEEPER_CASES.contains(kase) && isTarget(x)) {
        // "a state of siege in Haiti": a country one is in is a territory, not a party.
        out.addAll(kase.equals("in") ? placesIn(ctx, x) : notPlaces(actors.read(ctx, x)));
      }
    }
    return out;
  }

  // A place, or a country named as where it happens ("demonstrated in Serbia"): the territory,
  // in no sector, so that "the government declared a state of siege in Haiti" stays Haiti's act
  // on Haiti.
  private List<Actor> placesIn(CodingContext ctx, Token phrase) {
    boolean where = Set.of("in", "across", "inside", "throughout").contains(ctx.caseOf(phrase));
    return actors.read(ctx, phrase).stream()
        .filter(a -> a.place() || where && a.actor().sector().equals(Optional.of("GOV"))
            && ctx.entityAt(a.head()).map(e -> e.type() == EntityType.COUNTRY).orElse(false))
        .map(a -> new Actor(new EventActor(a.actor().entityId(), a.actor().name(),
            a.actor().countryCode(), Optional.empty()), a.head(), true)).toList();
  }

  private static boolean isTarget(Token phrase) {
    return !NOT_TARGETS.contains(CodingContext.lower(phrase.lemma()));
  }

  // "offered its troops", "strengthened their forces": one's own are not the target.
  private static boolean isOwn(CodingContext ctx, Token object) {
    return ctx.children(object).stream().anyMatch(c -> c.relation().equals("nmod:poss")
        && Set.of("its", "their", "his", "her", "our", "my").contains(
            CodingContext.lower(c.word())));
  }

  private static boolean notTheEventNoun(Token c, Predicate p) {
    return p.noun().map(n -> n.index() != c.index()).orElse(true) || p.kind() == Predicate.Kind.VERB;
  }
}
