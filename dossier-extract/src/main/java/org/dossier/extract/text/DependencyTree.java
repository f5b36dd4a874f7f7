package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Navigation over the dependency parse of one article: children, ancestors, subtrees, the
 * subject and object of a verb. Built once per article (children indexed up front); immutable.
 */
public final class DependencyTree {

  // How a participle phrase (not a progressive verb, which has an auxiliary) hangs on a noun.
  private static final Set<String> PARTICIPLE_PHRASES = Set.of("obl", "advcl", "acl");

  private final ParsedText parsed;
  private final List<List<Token>> children;

  public DependencyTree(ParsedText parsed) {
    this.parsed = parsed;
    List<List<Token>> kids = new ArrayList<>(parsed.tokens().size());
    for (int i = 0; i < parsed.tokens().size(); i++) {
      kids.add(new ArrayList<>(2));
    }
    for (Token t : parsed.tokens()) {
      if (!t.isRoot()) {
        kids.get(t.head()).add(t);
      }
    }
    this.children = kids.stream().map(List::copyOf).toList();
  }

  public ParsedText parsed() {
    return parsed;
  }

  public Token token(int index) {
    return parsed.tokens().get(index);
  }

  public List<Token> children(Token t) {
    return children.get(t.index());
  }

  public Optional<Token> child(Token t, Predicate<String> relation) {
    return children(t).stream().filter(c -> relation.test(c.relation())).findFirst();
  }

  public Optional<Token> head(Token t) {
    return parsed.headOf(t);
  }

  /** Whether {@code ancestor} dominates {@code t} (or is {@code t}). */
  public boolean dominates(Token ancestor, Token t) {
    Token cur = t;
    for (int hops = 0; hops < 64; hops++) {
      if (cur.index() == ancestor.index()) {
        return true;
      }
      if (cur.isRoot()) {
        return false;
      }
      cur = token(cur.head());
    }
    return false;
  }

  /** The tokens of the subtree under {@code t}, in text order. */
  public List<Token> subtree(Token t) {
    List<Token> out = new ArrayList<>();
    collect(t, out);
    out.sort(java.util.Comparator.comparingInt(Token::index));
    return out;
  }

  private void collect(Token t, List<Token> out) {
    out.add(t);
    for (Token c : children(t)) {
      collect(c, out);
    }
  }

  // A verb has one subject, but a misparsed interjection can give it two ("It was, the president
  // said, "…"" hangs both "It" and "president" on "said"): the one nearest the verb is its own.
  private Optional<Token> nearestSubject(Token verb) {
    return children(verb).stream()
        .filter(c -> c.relation().startsWith("nsubj"))
        .min(Comparator.comparingInt(c -> Math.abs(c.index() - verb.index())));
  }

  /**
   * The nominal subject of {@code verb}; for a verb without one, that of the verb it depends on
   * ("Trump said and added …"), and for a participle set off from its clause ("Speaking after the
   * talks, Trump stressed …", "…, claiming that …") that of the sentence's main verb.
   */
  public Optional<Token> subject(Token verb) {
    return attachedSubject(verb).or(() -> reducedRelativeSubject(verb))
        .or(() -> nameRightBefore(verb));
  }

  /**
   * "The poll released Friday shows that …": the parser takes the participle of a reduced
   * relative clause for the main verb, with the noun as its subject, and hangs the real verb on
   * it. The noun is that verb's subject.
   */
  private Optional<Token> reducedRelativeSubject(Token verb) {
    if (!verb.isFinite() || verb.isRoot() || !verb.relation().equals("dep")) {
      return Optional.empty();
    }
    Token participle = token(verb.head());
    return participle.pos().equals("VBN") && participle.index() < verb.index()
        && child(participle, r -> r.startsWith("aux")).isEmpty()
        ? child(participle, r -> r.equals("nsubj")) : Optional.empty();
  }

  /**
   * "… the editorial board of the Washington Post Trump said that …", "Rep. Trey Gowdy (R-S.C.)
   * said that …": a finite verb the parser left without any subject, right after a proper name
   * (and its bracketed aside) that hangs on nothing after the verb, has that name for subject.
   */
  private Optional<Token> nameRightBefore(Token verb) {
    if (!verb.isFinite() || verb.index() == 0
        || child(verb, r -> r.startsWith("nsubj") || r.startsWith("csubj")
            || r.equals("expl")).isPresent()) {
      return Optional.empty();
    }
    int at = verb.index() - 1;
    Sentence sentence = parsed.sentenceOf(verb);
    if (token(at).word().equals(")")) {
      while (at > sentence.firstToken() && !token(at).word().equals("(")) {
        at--;
      }
      at--;
    }
    if (at < sentence.firstToken()) {
      return Optional.empty();
    }
    Token name = token(at);
    return name.isProperNoun() && !name.isTime()
        && (name.isRoot() || name.head() < verb.index())
        ? Optional.of(name) : Optional.empty();
  }

  private Optional<Token> attachedSubject(Token verb) {
    Token cur = verb;
    for (int hops = 0; hops < 4; hops++) {
      Optional<Token> s = nearestSubject(cur);
      if (s.isPresent()) {
        return s;
      }
      if (cur.pos().equals("VBG") && !cur.isRoot()) {
        // A sentence without a verb of its own ("Speaker Ryan, despite admitting that …, …"):
        // a participle hung on the name that heads it is that name's.
        Token governor = token(cur.head());
        if (governor.isRoot() && governor.pos().startsWith("NNP")
            && PARTICIPLE_PHRASES.contains(cur.relation())
            && child(cur, r -> r.startsWith("aux")).isEmpty()) {
          return Optional.of(governor);
        }
        // In a copular sentence ("Trump was defensive …, saying …") the subject hangs on the
        // predicate that heads the sentence, not on its verb.
        Token top = root(cur);
        return mainVerb(cur).flatMap(main -> main == verb ? Optional.empty()
            : child(main, r -> r.startsWith("nsubj")).or(() -> top.isVerb() ? Optional.empty()
                : child(top, r -> r.startsWith("nsubj"))));
      }
      String rel = cur.relation();
      if (cur.isRoot() || !(rel.equals("conj") || rel.equals("advcl") || rel.equals("xcomp")
          || rel.startsWith("acl") && !rel.equals("acl:relcl"))) {
        return Optional.empty();
      }
      cur = token(cur.head());
    }
    return Optional.empty();
  }

  /** The root verb of the sentence holding {@code t}. */
  public Optional<Token> mainVerb(Token t) {
    Token cur = root(t);
    if (cur.isVerb()) {
      return Optional.of(cur);
    }
    // A root that is not a verb (a quote mark, a noun): its verbal dependent heads the clause.
    return children(cur).stream().filter(Token::isVerb).findFirst();
  }

  /**
   * The head of a noun phrase written as a run of tokens, however the parser attached it: the
   * first noun or personal pronoun of the run whose own head lies outside the run.
   */
  public static Optional<Token> nominalHead(List<Token> phrase) {
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    int first = phrase.get(0).index();
    int last = phrase.get(phrase.size() - 1).index();
    return phrase.stream()
        .filter(t -> t.isRoot() || t.head() < first || t.head() > last)
        .filter(t -> t.isNoun() || t.pos().equals("PRP"))
        .findFirst();
  }

  /** The root of the sentence holding {@code t}. */
  private Token root(Token t) {
    Token cur = t;
    for (int hops = 0; hops < 64 && !cur.isRoot(); hops++) {
      cur = token(cur.head());
    }
    return cur;
  }

  /** The smallest token run covering {@code tokens}, as character offsets. */
  public static int[] span(List<Token> tokens) {
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (Token t : tokens) {
      start = Math.min(start, t.start());
      end = Math.max(end, t.end());
    }
    return new int[] {start, end};
  }
}
