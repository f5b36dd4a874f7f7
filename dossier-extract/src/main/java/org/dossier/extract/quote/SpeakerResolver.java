package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.Quotation;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Speaker;
import org.dossier.nlp.Token;

/**
 * Finds the canonical speaker behind the subject of a speech verb: a name, a descriptor or a
 * pronoun the entity stage resolved; through a relative pronoun to its antecedent ("a statement …,
 * which noted"); through a channel or an office to its owner ("a statement from his office").
 * Answers empty rather than guess.
 */
final class SpeakerResolver {

  private static final Set<String> OWNED_BY_SPEAKER = Set.of("office", "spokesman",
      "spokeswoman", "spokesperson", "ministry", "aide", "aides", "camp", "team", "lawyer",
      "lawyers", "representative", "envoy", "account", "page", "channel");
  private static final Set<String> RELATIVE = Set.of("which", "that", "who", "whom");
  private static final Set<String> OWNER_CASES = Set.of("by", "from", "of");
  private static final int MAX_DEPTH = 4;
  private static final int MAX_REPORT_HOPS = 5;
  private static final int MAX_BRACKETED = 6;
  private static final int MAX_PHRASE = 16;

  private final SpeechLexicon lexicon;

  SpeakerResolver(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The speaker of what {@code verb} reports, and a channel met on the way: the source of an
   * "according to" phrase when it names one ("according to a statement from his office"), else
   * the subject of the verb.
   */
  Attribution attribute(DependencyTree tree, ResolvedEntities entities, Token verb) {
    return attribute(tree, entities, verb, List.of());
  }

  /**
   * As {@link #attribute(DependencyTree, ResolvedEntities, Token)} for the cue of a quote: a
   * subject the parser found inside a quotation ("…a cynical place," said Tim Hess) is not the
   * speaker; the name next to the verb is.
   */
  Attribution attribute(DependencyTree tree, ResolvedEntities entities, Token verb,
      List<Quotation> quotations) {
    Holder holder = new Holder();
    Optional<Token> according = accordingTo(tree, verb);
    Optional<Speaker> speaker = according.flatMap(a -> resolve(tree, entities, a, holder, 0));
    if (speaker.isEmpty() && verb.isNoun()) {
      // A speech noun's speaker is its owner: "Trump's claim", "a warning from the ministry".
      speaker = owner(tree, verb).flatMap(o -> resolve(tree, entities, o, holder, 0));
      return new Attribution(Optional.of(verb), Optional.empty(), speaker,
          Optional.ofNullable(holder.channel));
    }
    if (speaker.isEmpty() && verb.relation().equals("acl") && !verb.isRoot()
        && tree.child(verb, r -> r.startsWith("nsubj")).isEmpty()) {
      // "a video of Trump saying, "…"": the participle speaks for the noun it modifies.
      speaker = resolve(tree, entities, tree.token(verb.head()), holder, 0);
    }
    if (speaker.isEmpty()) {
      // The owner of the noun a gerund is set on is nearer than a subject borrowed from the
      // sentence's main verb.
      speaker = gerundOwner(tree, verb).flatMap(o -> resolve(tree, entities, o, holder, 0));
    }
    Optional<Token> subject = tree.subject(verb);
    if (speaker.isEmpty()) {
      speaker = subject
          .filter(s -> !quoted(quotations, s))
          .or(() -> adjacentSubject(tree, verb, quotations))
          .map(s -> outsideParentheses(tree, s))
          .flatMap(s -> resolve(tree, entities, antecedent(tree, verb, s), holder, 0)
              .or(() -> placeAsActor(tree, entities, verb, s))
              .or(() -> nameOpeningTheSentence(tree, s)
                  .flatMap(n -> resolve(tree, entities, n, holder, 0))));
    }
    if (speaker.isEmpty() && subject.isEmpty()) {
      speaker = describedByRelativeClause(tree, verb)
          .or(() -> relativePronounBefore(tree, verb))
          .or(() -> participlePhraseBefore(tree, verb))
          .flatMap(s -> resolve(tree, entities, s, holder, 0));
    }
    if (speaker.isEmpty()) {
      speaker = reportingSpeaker(tree, entities, verb, quotations, holder);
    }
    return new Attribution(Optional.of(verb), according.map(a -> "according to"), speaker,
        Optional.ofNullable(holder.channel));
  }

  /**
   * When the cue's own subject names nobody, the speaker of the speech that reports the cue's
   * clause: "Mr. Obama said, a majority of Americans have come to believe "…"", "Morial told a
   * woman who suggested that "…"", "…," Sanders said, going on to say that "…"". The nearest
   * speech verb above the cue, or hanging off a clause above it, whose subject is a speaker.
   */
  private Optional<Speaker> reportingSpeaker(DependencyTree tree, ResolvedEntities entities,
      Token verb, List<Quotation> quotations, Holder holder) {
    Token cur = verb;
    for (int hops = 0; hops < MAX_REPORT_HOPS && !cur.isRoot(); hops++) {
      List<Token> candidates = new ArrayList<>();
      verbBeforeParticiple(tree, cur).ifPresent(candidates::add);
      cur = tree.token(cur.head());
      candidates.add(cur);
      tree.children(cur).stream().filter(c -> c.relation().equals("parataxis")).forEach(
          candidates::add);
      for (Token candidate : candidates) {
        if (candidate == verb || !lexicon.isSpeechVerb(tree, candidate)
            || quoted(quotations, candidate)) {
          continue;
        }
        Optional<Speaker> found = tree.subject(candidate)
            .filter(s -> !quoted(quotations, s))
            .flatMap(s -> resolve(tree, entities, antecedent(tree, candidate, s), holder, 0));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  // "…," Sanders said, going on to say that …": a participle set off right after a verb shares
  // that verb's subject, whatever the parser attached it to.
  private static Optional<Token> verbBeforeParticiple(DependencyTree tree, Token participle) {
    if (!participle.pos().equals("VBG") || participle.index() < 2) {
      return Optional.empty();
    }
    Token comma = tree.token(participle.index() - 1);
    Token verb = tree.token(participle.index() - 2);
    return comma.pos().equals(",") && verb.isVerb() && verb.sentence() == participle.sentence()
        ? Optional.of(verb) : Optional.empty();
  }

  // "a statement …, which noted": the relative pronoun stands for the noun the clause modifies.
  private static Token antecedent(DependencyTree tree, Token verb, Token subject) {
    return RELATIVE.contains(subject.word().toLowerCase(Locale.ROOT))
        && verb.relation().equals("acl:relcl") ? tree.token(verb.head()) : subject;
  }

  // "Douglas Brinkley, a historian who attended the session, recalled, "…"": a parser may hang
  // the main verb on the relative clause before it; the subject is the noun that clause
  // describes, or the name that noun stands beside.
  private static Optional<Token> describedByRelativeClause(DependencyTree tree, Token verb) {
    if (verb.isRoot() || verb.index() == 0
        || !tree.token(verb.index() - 1).pos().equals(",")) {
      return Optional.empty();
    }
    Token clause = tree.token(verb.head());
    if (!clause.relation().equals("acl:relcl") || clause.index() > verb.index()) {
      return Optional.empty();
    }
    Token noun = tree.token(clause.head());
    return Optional.of(noun.relation().equals("appos") ? tree.token(noun.head()) : noun);
  }

  // "the Chicago Police Department which reported "…"": when the parser leaves the verb of a
  // relative clause without its subject, the relative pronoun before it still stands for the
  // noun it follows.
  private static Optional<Token> relativePronounBefore(DependencyTree tree, Token verb) {
    if (verb.index() < 2) {
      return Optional.empty();
    }
    Token pronoun = tree.token(verb.index() - 1);
    Token noun = tree.token(verb.index() - 2);
    boolean relative = RELATIVE.contains(pronoun.word().toLowerCase(Locale.ROOT))
        && (pronoun.pos().equals("WDT") || pronoun.pos().equals("WP"));
    return relative && noun.isNoun() && noun.sentence() == verb.sentence()
        ? Optional.of(noun) : Optional.empty();
  }

  // "Protesters marching through the streets chanted "…"": a parser may give the noun to the
  // participle that describes it and leave the verb after the phrase without a subject.
  private static Optional<Token> participlePhraseBefore(DependencyTree tree, Token verb) {
    if (verb.index() == 0) {
      return Optional.empty();
    }
    Token cur = tree.token(verb.index() - 1);
    for (int hops = 0; hops < MAX_REPORT_HOPS && !cur.isRoot(); hops++) {
      if ((cur.pos().equals("VBG") || cur.pos().equals("VBN")) && cur.sentence() == verb.sentence()) {
        Token participle = cur;
        List<Token> phrase = tree.subtree(participle);
        Optional<Token> noun = tree.child(participle, r -> r.startsWith("nsubj"))
            .filter(n -> n.index() < participle.index() && n.isNoun());
        if (noun.isPresent() && phrase.get(phrase.size() - 1).index() == verb.index() - 1
            && phrase.get(0).index() == tree.subtree(noun.get()).get(0).index()) {
          return noun;
        }
      }
      cur = tree.token(cur.head());
    }
    return Optional.empty();
  }

  // "his role in promoting the pills and for saying that …": a gerund coordinated with, or set
  // on, a noun someone owns speaks for the owner.
  private static Optional<Token> gerundOwner(DependencyTree tree, Token verb) {
    if (!verb.pos().equals("VBG") || verb.isRoot()) {
      return Optional.empty();
    }
    Token noun = tree.token(verb.head());
    return noun.isNoun() ? tree.child(noun, r -> r.equals("nmod:poss")) : Optional.empty();
  }

  // "Even China, Pyongyang's only ally, said": a parser may take the description set beside a
  // name for the subject and hang the name elsewhere; a name that opens the sentence right
  // before the subject's phrase and a comma is what the phrase describes.
  private static Optional<Token> nameOpeningTheSentence(DependencyTree tree, Token subject) {
    int phraseStart = tree.subtree(subject).get(0).index();
    if (phraseStart < 2 || !tree.token(phraseStart - 1).pos().equals(",")) {
      return Optional.empty();
    }
    Token name = tree.token(phraseStart - 2);
    if (!name.isProperNoun() || name.sentence() != subject.sentence()) {
      return Optional.empty();
    }
    int i = name.index() - 1;
    while (i >= 0 && tree.token(i).sentence() == name.sentence() && tree.token(i).isProperNoun()) {
      i--;
    }
    while (i >= 0 && tree.token(i).sentence() == name.sentence()
        && (tree.token(i).pos().startsWith("RB") || tree.token(i).pos().equals("CC"))) {
      i--;
    }
    boolean opens = i < 0 || tree.token(i).sentence() != name.sentence();
    return opens ? Optional.of(name) : Optional.empty();
  }

  // "Rep. Elijah E. Cummings (D-Md.) said": a parser may take the bracketed party and state
  // for the subject; the name stands right before the brackets.
  private static Token outsideParentheses(DependencyTree tree, Token subject) {
    for (int i = subject.index() - 1; i > 0 && subject.index() - i <= MAX_BRACKETED; i--) {
      Token t = tree.token(i);
      if (t.sentence() != subject.sentence() || t.pos().equals("-RRB-")) {
        return subject;
      }
      if (t.pos().equals("-LRB-")) {
        Token before = tree.token(i - 1);
        return before.sentence() == subject.sentence() && before.isNoun() ? before : subject;
      }
    }
    return subject;
  }

  // ""…," said Mulgrew", ""My hope," he said": next to a quote the speaker may stand just after
  // or just before the verb, and parsers attach it as an object or complement, or take a word
  // of the quote for the subject.
  private static Optional<Token> adjacentSubject(DependencyTree tree, Token verb,
      List<Quotation> quotations) {
    int previous = verb.index() - 1;
    if (previous >= 0) {
      Token before = tree.token(previous);
      if (!quoted(quotations, before) && before.sentence() == verb.sentence()
          && (before.pos().equals("PRP") || before.isProperNoun())) {
        return Optional.of(before);
      }
    }
    Optional<Token> between = phraseAfterQuote(tree, verb, quotations);
    if (between.isPresent()) {
      return between;
    }
    int next = verb.index() + 1;
    if (next >= tree.parsed().tokens().size() || tree.token(next).sentence() != verb.sentence()) {
      return Optional.empty();
    }
    Token after = tree.token(next);
    return tree.children(verb).stream()
        .filter(c -> c.isNoun() || c.pos().equals("PRP"))
        .filter(c -> c.index() == next || tree.dominates(c, after))
        .findFirst();
  }

  // ""…," Flynn, a top Trump surrogate, said": the noun phrase between a closing quotation mark
  // and the verb is the speaker, however the parser attached it.
  private static Optional<Token> phraseAfterQuote(DependencyTree tree, Token verb,
      List<Quotation> quotations) {
    int close = -1;
    for (Quotation q : quotations) {
      if (q.close() <= verb.start() && q.close() > close) {
        close = q.close();
      }
    }
    if (close < 0) {
      return Optional.empty();
    }
    List<Token> phrase = tree.parsed().tokensIn(close, verb.start());
    if (phrase.isEmpty() || phrase.size() > MAX_PHRASE
        || phrase.stream().anyMatch(t -> t.sentence() != verb.sentence() || t.isVerb())) {
      return Optional.empty();
    }
    return DependencyTree.nominalHead(phrase);
  }

  private static boolean quoted(List<Quotation> quotations, Token t) {
    return quotations.stream().anyMatch(q -> q.contains(t.start()));
  }

  private static Optional<Token> owner(DependencyTree tree, Token noun) {
    return tree.children(noun).stream()
        .filter(c -> c.relation().equals("nmod:poss") || c.relation().startsWith("nmod")
            && tree.children(c).stream().anyMatch(k -> k.relation().equals("case")
            && OWNER_CASES.contains(k.word().toLowerCase(Locale.ROOT))))
        .findFirst();
  }

  private static Optional<Token> accordingTo(DependencyTree tree, Token verb) {
    return tree.children(verb).stream()
        .filter(c -> c.relation().startsWith("obl") && tree.children(c).stream()
            .anyMatch(k -> k.relation().equals("case") && k.word().equalsIgnoreCase("according")))
        .findFirst();
  }

  /**
   * The attribution of "according to" a source headed by {@code source}, when the source names a
   * speaker: "according to Limbaugh", "according to a statement from his office" (a channel).
   */
  Optional<Attribution> accordingToSource(DependencyTree tree, ResolvedEntities entities,
      Token source) {
    Holder holder = new Holder();
    return resolve(tree, entities, source, holder, 0).map(speaker -> new Attribution(
        Optional.empty(), Optional.of("according to"), Optional.of(speaker),
        Optional.ofNullable(holder.channel)));
  }

  /** The speaker a noun phrase headed by {@code head} names, if any. */
  Optional<Speaker> speakerOf(DependencyTree tree, ResolvedEntities entities, Token head) {
    return resolve(tree, entities, head, new Holder(), 0);
  }

  private static final class Holder {
    String channel;
  }

  private Optional<Speaker> resolve(DependencyTree tree, ResolvedEntities entities, Token head,
      Holder holder, int depth) {
    Optional<Speaker> named = mentionOf(tree, entities, head)
        .or(() -> appositive(tree, entities, head));
    if (named.isPresent() || depth >= MAX_DEPTH) {
      return named;
    }
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    boolean channel = lexicon.isChannelNoun(lemma);
    if (channel && holder.channel == null) {
      holder.channel = lemma;
    }
    if (!channel && !OWNED_BY_SPEAKER.contains(lemma)) {
      return Optional.empty();
    }
    for (Token child : tree.children(head)) {
      String rel = child.relation();
      if (rel.equals("nmod:poss") || rel.startsWith("nmod") || rel.equals("compound")) {
        Optional<Speaker> owner = resolve(tree, entities, child, holder, depth + 1);
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    return Optional.empty();
  }

  // "The EU's foreign policy chief, Federica Mogherini, called …": the name set beside the noun.
  // A parser may hang the name on a word inside the phrase instead ("His partner at Lenox,
  // Lawrence Cummings," beside "Lenox"); a proper name set beside a word of the phrase, outside
  // any clause in it, still names the head.
  private static Optional<Speaker> appositive(DependencyTree tree, ResolvedEntities entities,
      Token head) {
    Optional<Speaker> beside = tree.children(head).stream()
        .filter(c -> c.relation().equals("appos"))
        .map(c -> mentionOf(tree, entities, c)).flatMap(Optional::stream).findFirst();
    if (beside.isPresent() || !head.isNoun()) {
      return beside;
    }
    for (Token modifier : tree.children(head)) {
      if (!modifier.relation().startsWith("nmod") || !modifier.isNoun()) {
        continue;
      }
      Optional<Speaker> nested = tree.children(modifier).stream()
          .filter(c -> c.relation().equals("appos") && c.isProperNoun())
          .map(c -> mentionOf(tree, entities, c)).flatMap(Optional::stream).findFirst();
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  // The entity mention that contains the head token: "Trump", "the Israeli premier", "he".
  private static Optional<Speaker> mentionOf(DependencyTree tree, ResolvedEntities entities,
      Token head) {
    return mentionOf(entities, head, SpeakerResolver::canSpeak);
  }

  private static Optional<Speaker> mentionOf(ResolvedEntities entities, Token head,
      Predicate<Entity> accept) {
    return entities.containing(head.start(), head.end(), accept)
        .map(m -> {
          Entity e = entities.entityOf(m);
          return new Speaker(e.id(), e.name(), m);
        });
  }

  // "The White House said", "Ohio argues": a place that is itself the subject of the speech verb
  // stands for those who govern it. Elsewhere ("a statement from Ohio") a place names nobody.
  private static Optional<Speaker> placeAsActor(DependencyTree tree, ResolvedEntities entities,
      Token verb, Token subject) {
    boolean ownSubject = subject.relation().startsWith("nsubj") && subject.head() == verb.index();
    return ownSubject ? mentionOf(entities, subject, e -> true) : Optional.empty();
  }

  // Outlets speak too ("The New York Post reports"); places do not, but as the subject of the
  // speech verb itself (placeAsActor).
  private static boolean canSpeak(Entity e) {
    return e.type() != EntityType.LOCATION;
  }
}
