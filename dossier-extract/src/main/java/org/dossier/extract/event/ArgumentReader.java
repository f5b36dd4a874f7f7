package org.dossier.extract.event;

import static org.dossier.extract.event.Actor.notPlaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.Token;

/**
 * Reads the source and target of a predicate from the parse. Active verbs: the subject (shared
 * by coordinated verbs and participles; for a participle modifying a noun, that noun or its "by"
 * phrase) acts on what {@link TargetReader} finds. Passives: the "by" phrase acts on the
 * subject. Light verbs lend their subject; undergoing verbs their subject as target. Nouns: their
 * owner, demonym or "by" phrase acts ("the US-led invasion", "crackdown by the authorities");
 * "between A and B" is A with B; a noun an act happens during takes part in it. Thread-safe.
 */
final class ArgumentReader {

  private static final int MAX_REPORT_DEPTH = 3;

  private static final Set<String> PARTICIPATION = Set.of("during", "at", "in", "for", "on");

  private final ActorReader actors;
  private final TargetReader targets;
  private final SpeakerFinder speakers;

  ArgumentReader(ActorReader actors, SpeakerFinder speakers) {
    this.actors = actors;
    this.targets = new TargetReader(actors);
    this.speakers = speakers;
  }

  Arguments read(CodingContext ctx, Predicate p) {
    Token v = p.trigger();
    return switch (p.kind()) {
      case VERB -> isPassive(ctx, v) ? passive(ctx, v, p)
          : Arguments.of(subjects(ctx, v), or(targets.ofVerb(ctx, v, p), () -> purpose(ctx, v, p)));
      case LIGHT -> Arguments.of(subjects(ctx, v),
          or(targets.ofNoun(ctx, p.noun().orElseThrow(), p), () -> or(targets.ofVerb(ctx, v, p),
              () -> purpose(ctx, v, p))));
      case UNDERGO -> Arguments.of(nounSources(ctx, p.noun().orElseThrow()), subjects(ctx, v));
      case NOUN -> noun(ctx, p);
    };
  }

  // A protest is aimed at what it protests: "blocked a road to show their disapproval for the
  // United States' policies", "threw stones during demonstrations against the army".
  private List<Actor> purpose(CodingContext ctx, Token v, Predicate p) {
    if (!p.type().code().equals("PROTEST")) {
      return List.of();
    }
    for (Token c : ctx.children(v)) {
      List<Actor> found = List.of();
      if (c.relation().equals("advcl") && ctx.tree().child(c, "mark"::equals)
          .map(m -> CodingContext.lower(m.word()).equals("to")).orElse(false)) {
        found = notPlaces(targets.ofVerb(ctx, c, p));
      } else if (c.relation().startsWith("obl") && Set.of("during", "in", "at")
          .contains(ctx.caseOf(c))) {
        found = notPlaces(targets.ofNoun(ctx, c, p)); // "during demonstrations against X"
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  // "X was attacked by Y" is Y's act on X; "Israel is opposed to French mediation", "Vietnam is
  // committed to opening up" state a stance of their subject.
  private Arguments passive(CodingContext ctx, Token v, Predicate p) {
    List<Actor> agents = byPhrase(ctx, v);
    String code = p.type().code();
    if (agents.isEmpty() && (code.equals("AGREE") || code.equals("REJECT"))) {
      return Arguments.of(notPlaces(passiveSubject(ctx, v)), targets.ofVerb(ctx, v, p));
    }
    return Arguments.of(agents, passiveSubject(ctx, v));
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
    return Arguments.of(sources, targets.ofNoun(ctx, n, p));
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
    return subjects(ctx, v, 0);
  }

  // depth counts the hops through reporting speakers, which may point back at each other.
  List<Actor> subjects(CodingContext ctx, Token v, int depth) {
    Optional<List<Actor>> participle = participleSubjects(ctx, v);
    if (participle.isPresent()) {
      return participle.get();
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
      return depth < MAX_REPORT_DEPTH ? speakers.speakerOf(ctx, v, this, depth + 1) : List.of();
    }
    return found;
  }

  // Participles take their subject from what they hang on, when they do.
  private Optional<List<Actor>> participleSubjects(CodingContext ctx, Token v) {
    if (v.relation().equals("acl") && !v.isRoot()) {
      // "rhetoric by the US president threatening …", "a declaration demanding …"
      Token noun = nextTo(ctx, v);
      List<Actor> own = or(actors.read(ctx, noun),
          () -> or(withPhrase(ctx, noun, "by"), () -> possessor(ctx, noun)));
      return Optional.of(own.isEmpty() && !noun.isRoot() && ctx.head(noun).isVerb()
          && (noun.relation().equals("obj") || noun.relation().startsWith("obl"))
          ? subjects(ctx, ctx.head(noun)) : own);
    }
    if (!v.pos().equals("VBG") || v.isRoot()) {
      return Optional.empty();
    }
    Token head = ctx.head(v);
    if (v.relation().equals("amod") && !head.isRoot() && ctx.head(head).isVerb()) {
      return Optional.of(subjects(ctx, ctx.head(head))); // "X began collecting signatures"
    }
    if (head.isVerb() && Set.of("advcl", "dep", "conj", "xcomp").contains(v.relation())) {
      // "Russian forces shelled Kharkiv, killing five civilians, officials said": the participle
      // shares the subject of the verb it hangs on, not that of the sentence.
      List<Actor> shared = subjects(ctx, head);
      return shared.isEmpty() ? Optional.empty() : Optional.of(shared);
    }
    return Optional.empty();
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
    return s.map(t -> actors.read(ctx, t)).filter(l -> !l.isEmpty()).orElseGet(() -> targets.places(ctx, v, 0));
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

  private static boolean isPassive(CodingContext ctx, Token v) {
    return ctx.children(v).stream().anyMatch(c -> c.relation().equals("nsubj:pass")
        || c.relation().equals("aux:pass"));
  }

  private static List<Actor> or(List<Actor> first, java.util.function.Supplier<List<Actor>> second) {
    return first.isEmpty() ? second.get() : first;
  }
}
