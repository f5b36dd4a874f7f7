package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.event.Predicate.Kind;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds the words of a sentence that report events. A verb whose object the dictionary names
 * with it wins ("lifted a curfew"); else a light verb takes its event noun's type ("held
 * talks"), an undergoing verb too ("faced a crackdown"); else the verb's own entry. An event noun
 * a verb takes is that verb's content, not an event of its own; other event nouns are nominal
 * events. Thread-safe.
 */
final class PredicateFinder {

  private final EventDictionary dictionary;

  PredicateFinder(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  List<Predicate> find(CodingContext ctx, Sentence sentence) {
    List<Predicate> found = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    Set<Integer> verbal = new HashSet<>();
    for (Token t : ctx.in().parsed().tokensOf(sentence)) {
      if (t.isVerb() || t.pos().startsWith("JJ") || looksVerbal(ctx, t)) {
        verbal(ctx, t, consumed).ifPresent(p -> {
          found.add(p);
          verbal.add(t.index());
        });
      }
    }
    for (Token t : ctx.in().parsed().tokensOf(sentence)) {
      if (t.isNoun() && !consumed.contains(t.index()) && !verbal.contains(t.index())
          && isCommonNoun(ctx, t)) {
        nounType(ctx, t, false)
            .ifPresent(type -> found.add(new Predicate(Kind.NOUN, t, Optional.of(t), type)));
      }
    }
    return found;
  }

  // "came under attack", "was put under investigation": whoever is under a hostile act suffers it.
  private boolean isUnder(CodingContext ctx, Token noun) {
    return ctx.caseOf(noun).equals("under")
        && nounType(ctx, noun, true).map(t -> t.quadClass() >= 3).orElse(false);
  }

  // A verb the tagger took for a noun: "they would blockade Paris".
  static boolean looksVerbal(CodingContext ctx, Token t) {
    boolean aux = ctx.children(t).stream().anyMatch(c -> c.relation().equals("aux")
        && c.pos().equals("MD"));
    boolean subject = ctx.children(t).stream().anyMatch(c -> c.relation().equals("nsubj"));
    boolean object = ctx.children(t).stream().anyMatch(c -> c.relation().equals("obj"));
    boolean gerund = t.word().endsWith("ing") && object; // "began collecting signatures"
    return t.isNoun() && (aux || subject && object || gerund);
  }

  // Names are not events ("the Warsaw Pact"), nor nouns that only qualify another ("truce
  // monitors", "war games" name monitors and games).
  private static boolean isCommonNoun(CodingContext ctx, Token t) {
    return !t.isProperNoun() && !t.relation().equals("compound")
        && ctx.entities().containing(t.start(), t.end(), e -> true).isEmpty();
  }

  private Optional<Predicate> verbal(CodingContext ctx, Token v, Set<Integer> consumed) {
    Set<String> links = links(ctx, v);
    Set<String> objects = new HashSet<>();
    List<Token> objectTokens = objects(ctx, v);
    objectTokens.forEach(o -> objects.add(CodingContext.lower(o.lemma())));
    Optional<EventType> own = dictionary.verb(v.lemma(), links, objects);
    Optional<EventType> generic = dictionary.verb(v.lemma(), links, Set.of());
    Optional<Token> noun = eventNoun(ctx, v);
    boolean byObject = own.isPresent() && !own.equals(generic);
    Optional<Predicate> found = Optional.empty();
    if (byObject) {
      found = Optional.of(new Predicate(Kind.VERB, v, noun, own.get()));
    } else if (noun.isPresent() && dictionary.hasFrame(v.lemma(), Frame.LIGHT)) {
      found = Optional.of(new Predicate(Kind.LIGHT, v, noun, nounType(ctx, noun.get(), true)
          .orElseThrow()));
    } else if (noun.isPresent() && (dictionary.hasFrame(v.lemma(), Frame.UNDERGO)
        || own.isEmpty() && isUnder(ctx, noun.get()))) {
      found = Optional.of(new Predicate(Kind.UNDERGO, v, noun, nounType(ctx, noun.get(), true)
          .orElseThrow()));
    } else if (own.isPresent() && (v.isVerb() || isPredicative(ctx, v) || looksVerbal(ctx, v))) {
      found = Optional.of(new Predicate(Kind.VERB, v, noun, own.get()));
    }
    if (found.isPresent()) {
      noun.ifPresent(n -> consumed.add(n.index()));
    }
    return found;
  }

  /**
   * The event noun a verb takes: its object, passive subject, or "in"/"under" complement, or
   * what a measure of it counts ("launched 10 days of war games", "a round of talks").
   */
  private Optional<Token> eventNoun(CodingContext ctx, Token v) {
    for (Token c : ctx.children(v)) {
      String r = c.relation();
      boolean argument = r.equals("obj") || r.equals("nsubj:pass")
          || r.equals("obl") && Set.of("in", "under", "into").contains(ctx.caseOf(c));
      if (argument && c.isNoun()) {
        if (nounType(ctx, c, true).isPresent()) {
          return Optional.of(c);
        }
        Optional<Token> counted = ctx.children(c).stream().filter(x -> x.relation().equals("nmod")
            && ctx.caseOf(x).equals("of") && nounType(ctx, x, true).isPresent()).findFirst();
        if (counted.isPresent()) {
          return counted;
        }
      }
    }
    return Optional.empty();
  }

  // "a mediation effort", "peace talks": a vague head a verb takes has the type of an event noun
  // before it.
  private Optional<EventType> nounType(CodingContext ctx, Token n, boolean taken) {
    Optional<EventType> own = dictionary.noun(n.lemma(), words(ctx, n), cases(ctx, n));
    if (own.isPresent() || !taken) {
      return own;
    }
    for (Token c : ctx.children(n)) {
      if (c.relation().equals("compound") && c.isNoun()) {
        Optional<EventType> t = dictionary.noun(c.lemma(), words(ctx, c), cases(ctx, c));
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  /** The words before a noun that a noun entry may require: "hunger" strike, "military" campaign. */
  private static Set<String> words(CodingContext ctx, Token n) {
    Set<String> out = new HashSet<>();
    for (Token c : ctx.children(n)) {
      if (c.relation().equals("amod") || c.relation().equals("compound")) {
        out.add(CodingContext.lower(c.lemma()));
        out.add(CodingContext.lower(c.word()));
      }
    }
    return out;
  }

  /** The prepositions of the phrases after a noun: strike "on" a target, not "on Monday". */
  private static Set<String> cases(CodingContext ctx, Token n) {
    Set<String> out = new HashSet<>();
    for (Token c : ctx.children(n)) {
      if (c.relation().startsWith("nmod") && !c.isTime()) {
        out.add(ctx.caseOf(c));
      }
    }
    return out;
  }

  private static Set<String> links(CodingContext ctx, Token v) {
    Set<String> out = new HashSet<>();
    for (Token c : ctx.children(v)) {
      if (c.relation().equals("compound:prt")) {
        out.add(CodingContext.lower(c.word()));
      } else if (c.relation().startsWith("obl") || c.relation().equals("xcomp")
          || c.relation().equals("advcl")) {
        ctx.tree().child(c, r -> r.equals("case") || r.equals("mark"))
            .ifPresent(m -> out.add(CodingContext.lower(m.word())));
      }
    }
    return out;
  }

  private static List<Token> objects(CodingContext ctx, Token v) {
    List<Token> out = new ArrayList<>();
    if (v.pos().equals("VBG") && v.relation().equals("amod") && !v.isRoot()) {
      out.add(ctx.head(v)); // "began collecting signatures", parsed as "collecting signatures"
    }
    for (Token c : ctx.children(v)) {
      String r = c.relation();
      if (r.equals("obj") || r.equals("nsubj:pass") || r.startsWith("obl") || r.equals("iobj")) {
        out.addAll(ActorReader.conjuncts(ctx, c, false));
        ctx.children(c).stream().filter(x -> x.relation().equals("compound")
            || x.relation().equals("amod")
            || x.relation().equals("nmod") && ctx.caseOf(x).equals("of")).forEach(out::add);
      }
    }
    return out;
  }

  // An adjective reports an event only as a predicate: "Israel is opposed to French mediation".
  private static boolean isPredicative(CodingContext ctx, Token adjective) {
    return ctx.children(adjective).stream().anyMatch(c -> c.relation().equals("cop"));
  }
}
