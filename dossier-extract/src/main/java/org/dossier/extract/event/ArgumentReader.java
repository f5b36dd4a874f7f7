package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.EntityType;
import org.dossier.nlp.Token;

/**
 * Reads the source and target of a predicate from the parse. Active verbs: the subject (shared
 * by coordinated verbs and participles; for a participle modifying a noun, that noun or its "by"
 * phrase) acts on the object, else on a "with"/"against"/"on"/"to" complement, else on what its
 * infinitive or reported clause acts on. Passives: the "by" phrase acts on the subject. Light
 * verbs lend their subject; undergoing verbs their subject as target. Nouns: their owner,
 * demonym or "by" phrase acts ("the US-led invasion", "crackdown by the authorities") on their
 * "of"/"against"/"on"/"with" phrase; "between A and B" is A with B. Thread-safe.
 */
final class ArgumentReader {

  private static final List<String> TARGET_CASES = List.of("with", "against", "on", "upon", "to",
      "into", "toward", "towards", "at", "over", "from", "between");
  private static final List<String> CONTENT_CASES = List.of("over", "about", "against", "for",
      "of", "on", "with", "to", "from");
  private static final Set<String> NOUN_TARGET_CASES = Set.of("against", "on", "upon", "of",
      "with", "to", "into", "over", "toward", "towards", "at", "in", "between");
  private static final Set<String> PLACE_CASES = Set.of("in", "into", "at", "across", "to",
      "inside", "near", "on", "throughout", "from");
  private static final Set<String> NOT_TARGETS = Set.of("behalf", "part", "side", "role",
      "basis", "way", "eve", "wake", "run-up", "time", "day");
  private static final Set<String> PARTICIPATION = Set.of("during", "at", "in", "for", "on");
  private static final Set<String> OBJECT_CASES = Set.of("to", "with", "on", "against", "into",
      "over", "toward", "towards", "from", "in");

  private final ActorReader actors;
  private final SpeakerFinder speakers;

  ArgumentReader(ActorReader actors, SpeakerFinder speakers) {
    this.actors = actors;
    this.speakers = speakers;
  }

  Arguments read(CodingContext ctx, Predicate p) {
    Token v = p.trigger();
    return switch (p.kind()) {
      case VERB -> isPassive(ctx, v)
          ? Arguments.of(byPhrase(ctx, v), passiveSubject(ctx, v))
          : Arguments.of(subjects(ctx, v), targets(ctx, v, p, 0));
      case LIGHT -> Arguments.of(subjects(ctx, v),
          or(nounTargets(ctx, p.noun().orElseThrow(), p), () -> targets(ctx, v, p, 0)));
      case UNDERGO -> Arguments.of(nounSources(ctx, p.noun().orElseThrow()), subjects(ctx, v));
      case NOUN -> noun(ctx, p);
    };
  }

  private Arguments noun(CodingContext ctx, Predicate p) {
    Token n = p.trigger();
    List<Actor> sources = nounSources(ctx, n);
    List<Actor> between = between(ctx, n);
    if (sources.isEmpty() && between.size() >= 2) {
      return Arguments.of(between.subList(0, 1), between.subList(1, between.size()));
    }
    if (p.type().isReciprocal() && sources.isEmpty()) {
      sources = withPhrase(ctx, n, "of");
    }
    if (sources.isEmpty() && !n.isRoot() && PARTICIPATION.contains(ctx.caseOf(n))
        && n.relation().startsWith("obl")) {
      sources = participant(ctx, ctx.head(n));
    }
    if (sources.isEmpty()) {
      sources = clauseMistakenForModifier(ctx, n);
    }
    return Arguments.of(sources, nounTargets(ctx, n, p));
  }

  // A past-tense verb before an event noun ("Washington and Tehran restarted indirect
  // negotiations") that the parser made a modifier of the noun: a finite verb is never one, so
  // its subject is the phrase that ends right before it.
  private List<Actor> clauseMistakenForModifier(CodingContext ctx, Token n) {
    for (Token c : ctx.children(n)) {
      if (c.relation().equals("amod") && c.pos().equals("VBD") && c.index() > 0) {
        Token before = ctx.tree().token(c.index() - 1);
        while (before.relation().equals("conj") && !before.isRoot()) {
          before = ctx.head(before);
        }
        if (before.sentence() == n.sentence()) {
          return notPlaces(actors.read(ctx, before));
        }
      }
    }
    return List.of();
  }

  // A participle describes the phrase right before it; the parser sometimes hangs it on a noun
  // further back.
  private static Token nextTo(CodingContext ctx, Token participle) {
    Token attached = ctx.head(participle);
    int i = participle.index() - 1;
    while (i > attached.index() && ctx.tree().token(i).pos().matches("[,:]|``|''")) {
      i--;
    }
    Token before = ctx.tree().token(i);
    return before.isNoun() && participle.index() - attached.index() > 3 ? before : attached;
  }

  /** The subjects of a verb; a pronoun of a reported clause with no referent is the speaker. */
  List<Actor> subjects(CodingContext ctx, Token v) {
    if (v.relation().equals("acl") && !v.isRoot()) {
      // "rhetoric by the US president threatening …", "a declaration demanding …"
      Token noun = nextTo(ctx, v);
      List<Actor> own = or(actors.read(ctx, noun),
          () -> or(withPhrase(ctx, noun, "by"), () -> possessor(ctx, noun)));
      return own.isEmpty() && !noun.isRoot() && ctx.head(noun).isVerb()
          && (noun.relation().equals("obj") || noun.relation().startsWith("obl"))
          ? subjects(ctx, ctx.head(noun)) : own;
    }
    Optional<Token> subject = ctx.tree().subject(v);
    if (subject.isEmpty() && v.relation().equals("acl:relcl") && !v.isRoot()) {
      subject = Optional.of(ctx.head(v));
    }
    if (subject.isEmpty()) {
      return List.of();
    }
    List<Actor> found = actors.read(ctx, subject.get());
    if (found.isEmpty() && subject.get().pos().startsWith("PRP")) {
      return speakers.speakerOf(ctx, v, this);
    }
    return found;
  }

  /**
   * The targets of an active verb: actors of its object (or of the object's "to"/"with"/"on"
   * phrase), else of its complements by preposition, else what its infinitive or reported clause
   * acts on; a group of no known country only when no other actor is named, then a place.
   */
  private List<Actor> targets(CodingContext ctx, Token v, Predicate p, int depth) {
    List<Actor> found = new ArrayList<>();
    boolean ownForces = p.type().code().equals("MOBILIZE");
    for (Token c : ctx.children(v)) {
      String r = c.relation();
      if ((r.equals("obj") && !ownForces || r.equals("iobj")) && notTheEventNoun(c, p)
          && !isOwn(ctx, c)) {
        List<Actor> direct = notPlaces(actors.read(ctx, c));
        found.addAll(direct);
        if (direct.stream().allMatch(Actor::weak)) {
          found.addAll(phrases(ctx, c, OBJECT_CASES));
        }
      }
    }
    List<String> cases = p.type().quadClass() == 3 || p.type().code().equals("SUPPORT")
        ? CONTENT_CASES : TARGET_CASES;
    for (String wanted : cases) {
      for (Token c : ctx.children(v)) {
        if (strong(found).isEmpty() && c.relation().startsWith("obl")
            && ctx.caseOf(c).equals(wanted) && notTheEventNoun(c, p)
            && !NOT_TARGETS.contains(CodingContext.lower(c.lemma()))) {
          found.addAll(notPlaces(actors.read(ctx, c)));
        }
      }
    }
    if (strong(found).isEmpty() && depth < 2) {
      for (Token c : ctx.children(v)) {
        if (c.relation().equals("xcomp") || c.relation().equals("ccomp")) {
          found.addAll(ctx.tree().child(c, r -> r.startsWith("nsubj"))
              .map(s -> notPlaces(actors.read(ctx, s)))
              .filter(l -> !l.isEmpty()).orElseGet(() -> targets(ctx, c, p, depth + 1)));
        }
      }
    }
    if (!strong(found).isEmpty() || depth > 0) {
      return strong(found).isEmpty() ? found : strong(found);
    }
    return found.isEmpty() ? places(ctx, v, 0) : found;
  }

  private List<Actor> phrases(CodingContext ctx, Token head, Set<String> cases) {
    List<Actor> out = new ArrayList<>();
    for (Token x : ctx.children(head)) {
      if (x.relation().startsWith("nmod") && cases.contains(ctx.caseOf(x))
          && !NOT_TARGETS.contains(CodingContext.lower(x.lemma()))) {
        out.addAll(notPlaces(actors.read(ctx, x)));
      }
    }
    return out;
  }

  private static List<Actor> strong(List<Actor> found) {
    return found.stream().filter(a -> !a.weak()).toList();
  }

  // "offered its troops", "strengthened their forces": one's own are not the target.
  private static boolean isOwn(CodingContext ctx, Token object) {
    return ctx.children(object).stream().anyMatch(c -> c.relation().equals("nmod:poss")
        && Set.of("its", "their", "his", "her", "our", "my").contains(
            CodingContext.lower(c.word())));
  }

  /**
   * The actors of an event noun: its "by" phrase, owner, and the names and demonyms before it
   * ("the joint US-Israeli military campaign"); common nouns before it qualify the act instead
   * ("military campaign", "army offensive").
   */
  private List<Actor> nounSources(CodingContext ctx, Token n) {
    List<Actor> out = new ArrayList<>(withPhrase(ctx, n, "by"));
    for (Token c : ctx.children(n)) {
      String r = c.relation();
      if (r.equals("nmod:poss") || (r.equals("compound") || r.equals("amod"))
          && c.index() < n.index() && names(ctx, c)) {
        out.addAll(actors.read(ctx, c));
      }
      if (r.equals("amod")) {
        for (Token x : ctx.children(c)) {
          if (x.index() < c.index() && (x.relation().startsWith("obl") || x.relation().equals("compound")
              || x.relation().equals("nmod:npmod") || x.relation().equals("dep")
              || x.relation().equals("conj") && names(ctx, x))) {
            out.addAll(actors.read(ctx, x)); // "US-led", "US-Israeli", "Iranian and American"
          }
        }
      }
    }
    return out.stream().filter(a -> !a.place()).toList();
  }

  private static boolean names(CodingContext ctx, Token t) {
    return ctx.entityAt(t).isPresent() || Character.isUpperCase(t.word().charAt(0));
  }

  private List<Actor> nounTargets(CodingContext ctx, Token n, Predicate p) {
    List<Actor> out = new ArrayList<>();
    for (Token c : ctx.children(n)) {
      String kase = ctx.caseOf(c);
      boolean of = kase.equals("of") && p.type().isReciprocal();
      if (c.relation().startsWith("nmod") && NOUN_TARGET_CASES.contains(kase) && !of
          && !NOT_TARGETS.contains(CodingContext.lower(c.lemma()))) {
        out.addAll(actors.read(ctx, c));
      } else if ((c.relation().equals("acl") || c.relation().equals("ccomp"))
          && p.type().quadClass() == 3) {
        // "its demand that Israel ease restrictions": who is to act is the target.
        ctx.tree().child(c, r -> r.startsWith("nsubj"))
            .ifPresent(s -> out.addAll(notPlaces(actors.read(ctx, s))));
      }
    }
    List<Actor> actorsOnly = out.stream().filter(a -> !a.place()).toList();
    List<Actor> strongOnly = strong(actorsOnly);
    return !strongOnly.isEmpty() ? strongOnly : actorsOnly.isEmpty() ? out : actorsOnly;
  }

  private List<Actor> between(CodingContext ctx, Token n) {
    for (Token c : ctx.children(n)) {
      if (c.relation().startsWith("nmod") && ctx.caseOf(c).equals("between")) {
        return actors.read(ctx, c);
      }
    }
    return List.of();
  }

  private List<Actor> withPhrase(CodingContext ctx, Token head, String kase) {
    List<Actor> out = new ArrayList<>();
    for (Token c : ctx.children(head)) {
      if ((c.relation().startsWith("nmod") || c.relation().startsWith("obl"))
          && ctx.caseOf(c).equals(kase)) {
        out.addAll(actors.read(ctx, c));
      }
    }
    return out;
  }

  private List<Actor> possessor(CodingContext ctx, Token noun) {
    return ctx.child(noun, "nmod:poss").map(p -> actors.read(ctx, p)).orElse(List.of());
  }

  private List<Actor> byPhrase(CodingContext ctx, Token v) {
    List<Actor> by = withPhrase(ctx, v, "by");
    return by.stream().filter(a -> !a.place()).toList();
  }

  private List<Actor> passiveSubject(CodingContext ctx, Token v) {
    Optional<Token> s = ctx.child(v, "nsubj:pass");
    return s.map(t -> actors.read(ctx, t)).filter(l -> !l.isEmpty()).orElseGet(() -> places(ctx, v, 0));
  }

  // "during a meeting with X": the nearest clause above with an actor for subject took part.
  private List<Actor> participant(CodingContext ctx, Token verb) {
    Token cur = verb;
    for (int hops = 0; hops < 6; hops++) {
      if (cur.isVerb()) {
        List<Actor> s = subjects(ctx, cur);
        if (!s.isEmpty()) {
          return s;
        }
      }
      if (cur.isRoot()) {
        break;
      }
      cur = ctx.head(cur);
    }
    return List.of();
  }

  /**
   * Places the clause acts on or in, standing for their countries, as a last resort: "lifted a
   * curfew in Montenegro", "fired at targets in Jericho", "threatened to ban voting in East
   * Jerusalem".
   */
  private List<Actor> places(CodingContext ctx, Token v, int depth) {
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

  // A place, or a country named as where it happens ("demonstrated in Serbia").
  private List<Actor> placesIn(CodingContext ctx, Token phrase) {
    boolean where = Set.of("in", "across", "inside", "throughout").contains(ctx.caseOf(phrase));
    return actors.read(ctx, phrase).stream()
        .filter(a -> a.place() || where && a.actor().sector().equals(Optional.of("GOV"))
            && ctx.entityAt(a.head()).map(e -> e.type() == EntityType.COUNTRY).orElse(false))
        .map(a -> new Actor(a.actor(), a.head(), true)).toList();
  }

  private static List<Actor> notPlaces(List<Actor> found) {
    return found.stream().filter(a -> !a.place()).toList();
  }

  private static boolean isPassive(CodingContext ctx, Token v) {
    return ctx.children(v).stream().anyMatch(c -> c.relation().equals("nsubj:pass")
        || c.relation().equals("aux:pass"));
  }

  private static boolean notTheEventNoun(Token c, Predicate p) {
    return p.noun().map(n -> n.index() != c.index()).orElse(true) || p.kind() == Predicate.Kind.VERB;
  }

  private static List<Actor> or(List<Actor> first, java.util.function.Supplier<List<Actor>> second) {
    return first.isEmpty() ? second.get() : first;
  }
}
