package org.dossier.extract.event;

import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.Token;

/**
 * Reads from the parse whether a clause reports a real event: negation ("did not meet"),
 * conditions ("if talks fail", "should an agreement not be reached"), hypotheses ("could
 * strike"), purposes ("to punish"), intentions ("will withdraw", "plans to", "vowed to"),
 * obligations ("must hand over", "can have no nuclear weapons") and refusals ("failed to
 * reach"). A modal with a condition attached is a conditional promise or threat ("may halt
 * mediation if cooperation founders"). Thread-safe.
 */
final class ModalityReader {

  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
  private static final Set<String> CONDITION = Set.of("if", "unless", "whether", "lest");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> POSSIBLE = Set.of("could", "might", "may", "can", "would");
  private static final Set<String> MUST = Set.of("must", "should", "ought");
  private static final Set<String> PURPOSE = Set.of("to", "so", "in");
  private static final int MAX_HOPS = 6;

  private final EventDictionary dictionary;

  ModalityReader(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The modality of the clause headed by {@code verb}, up its chain of infinitives and
   * coordinated verbs: the strongest of what each level says ("did not try to" is negated,
   * "will have to" obliged).
   */
  Modality of(CodingContext ctx, Token verb) {
    Token cur = verb;
    Modality found = own(ctx, cur);
    for (int hops = 0; hops < MAX_HOPS && !cur.isRoot() && climbs(cur, ctx.head(cur)); hops++) {
      Token governor = ctx.head(cur);
      found = stronger(found, frame(governor, cur));
      found = stronger(found, own(ctx, governor));
      cur = governor;
    }
    return withinUnrealClause(ctx, cur) ? Modality.UNREAL : found;
  }

  // "… to protest the decision of sending troops to Iraq": what a purpose speaks of has not
  // happened either.
  // A relative clause is a statement of its own ("protesters who have faced a crackdown").
  private static boolean withinUnrealClause(CodingContext ctx, Token clause) {
    Token cur = clause;
    for (int hops = 0; hops < MAX_HOPS * 2 && !cur.isRoot(); hops++) {
      if (cur.relation().equals("acl:relcl")) {
        return false;
      }
      cur = ctx.head(cur);
      if (cur.isVerb() && cur.relation().equals("advcl") && isPurpose(ctx, cur)) {
        return true;
      }
    }
    return false;
  }

  private static Modality stronger(Modality a, Modality b) {
    return rank(b) > rank(a) ? b : a;
  }

  private static int rank(Modality m) {
    return switch (m) {
      case REAL -> 0;
      case INTENDED -> 1;
      case CONDITIONED, PREPARED -> 2;
      case OBLIGED, REFUSED -> 3;
      case NEGATED, UNREAL -> 4;
    };
  }

  /** The modality a nominal event takes from the clause it is subject or object of. */
  Modality ofNoun(CodingContext ctx, Token noun) {
    if (ctx.children(noun).stream().anyMatch(c -> c.relation().equals("det")
        && CodingContext.lower(c.word()).equals("no"))) {
      return Modality.NEGATED;
    }
    String r = noun.relation();
    boolean core = r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("obj");
    return core && !noun.isRoot() && ctx.head(noun).isVerb() ? of(ctx, ctx.head(noun)) : Modality.REAL;
  }

  /** What a clause's own words say: its modal, a negation, a condition on it or attached. */
  private record Marks(String modal, boolean negated, boolean conditional, boolean condition,
      boolean ultimatum) {
  }

  private static Marks marks(CodingContext ctx, Token v) {
    boolean negated = false;
    boolean conditional = false;
    boolean condition = false;
    boolean ultimatum = false;
    String modal = "";
    for (Token c : ctx.children(v)) {
      String w = CodingContext.lower(c.word());
      String r = c.relation();
      if ((r.equals("advmod") || r.equals("neg")) && NEGATION.contains(w)) {
        negated = true;
      } else if (r.equals("mark") && CONDITION.contains(w)) {
        conditional = true;
      } else if (r.equals("aux") && c.pos().equals("MD")) {
        modal = w;
      } else if (r.equals("advcl") && hasMark(ctx, c, CONDITION)) {
        condition = true;
        ultimatum = ultimatum || hasMark(ctx, c, Set.of("unless"));
      } else if (r.equals("obj") && ctx.children(c).stream().anyMatch(d -> d.relation().equals("det")
          && CodingContext.lower(d.word()).equals("no"))) {
        negated = negated || hasModal(ctx, v); // "can have no nuclear weapons"
      }
    }
    return new Marks(modal, negated, conditional, condition, ultimatum);
  }

  private Modality own(CodingContext ctx, Token v) {
    Marks m = marks(ctx, v);
    String modal = m.modal();
    if (m.conditional() || isInvertedCondition(ctx, v) || isPurpose(ctx, v)) {
      return Modality.UNREAL;
    }
    if (MUST.contains(modal) || (modal.equals("can") || modal.equals("could")) && m.negated()) {
      return Modality.OBLIGED;
    }
    if (m.negated()) {
      return Modality.NEGATED;
    }
    if (m.ultimatum() && (FUTURE.contains(modal) || POSSIBLE.contains(modal))) {
      return Modality.CONDITIONED;
    }
    // "may halt mediation if cooperation founders, the minister said": a conditional someone
    // announces is a promise or threat; the writer's own "could strike if" is speculation.
    if (FUTURE.contains(modal) || POSSIBLE.contains(modal) && isReported(ctx, v)
        && (m.condition() || modal.equals("would"))) {
      return Modality.INTENDED;
    }
    return POSSIBLE.contains(modal) ? Modality.UNREAL : Modality.REAL;
  }

  // "X has to / needs to / is going to do": the governor's word frames the act.
  private Modality frame(Token governor, Token complement) {
    if (!complement.relation().equals("xcomp") && !complement.relation().equals("obj")
        && !complement.relation().equals("dep")) {
      return Modality.REAL;
    }
    String lemma = governor.lemma();
    if (lemma.equals("have") || lemma.equals("need")) {
      return Modality.OBLIGED;
    }
    if (lemma.equals("go") && governor.pos().equals("VBG")
        || dictionary.hasFrame(lemma, Frame.INTEND)) {
      return Modality.INTENDED;
    }
    if (dictionary.hasFrame(lemma, Frame.PREPARE)) {
      return Modality.PREPARED;
    }
    if (dictionary.hasFrame(lemma, Frame.REFUSE)) {
      return Modality.REFUSED;
    }
    return Modality.REAL;
  }

  // Modality passes up infinitives and coordinated verbs, and gerunds a frame word takes
  // ("prepared to resume shelling"); a reported clause has its own.
  private boolean climbs(Token t, Token governor) {
    String r = t.relation();
    boolean framed = dictionary.hasFrame(governor.lemma(), Frame.INTEND)
        || dictionary.hasFrame(governor.lemma(), Frame.PREPARE)
        || dictionary.hasFrame(governor.lemma(), Frame.ATTEMPT)
        || dictionary.hasFrame(governor.lemma(), Frame.REFUSE);
    return r.equals("xcomp") || r.equals("conj")
        || (r.equals("obj") || r.equals("dep")) && t.pos().equals("VBG") && framed;
  }

  private static boolean hasMark(CodingContext ctx, Token clause, Set<String> marks) {
    return ctx.children(clause).stream().anyMatch(c -> c.relation().equals("mark")
        && marks.contains(CodingContext.lower(c.word())));
  }

  private static boolean hasModal(CodingContext ctx, Token v) {
    return ctx.children(v).stream().anyMatch(c -> c.relation().equals("aux") && c.pos().equals("MD"));
  }

  // "should an agreement not be reached": a modal before the subject opens a condition.
  private static boolean isInvertedCondition(CodingContext ctx, Token v) {
    if (!v.relation().equals("advcl")) {
      return false;
    }
    Optional<Token> modal = ctx.children(v).stream().filter(c -> c.relation().equals("aux")
        && Set.of("should", "were", "had").contains(CodingContext.lower(c.word()))).findFirst();
    Optional<Token> subject = ctx.tree().child(v, r -> r.startsWith("nsubj"));
    return modal.isPresent() && subject.isPresent() && modal.get().index() < subject.get().index();
  }

  // "rallied to demand reforms", "efforts to improve": what is aimed at has not happened.
  private static boolean isPurpose(CodingContext ctx, Token v) {
    String r = v.relation();
    return (r.equals("advcl") || r.equals("acl")) && hasMark(ctx, v, PURPOSE)
        && !v.pos().equals("VBG");
  }

  // A clause reported by a verb of speech, before or after it: "said they would boycott" is a
  // stated intention.
  private boolean isReported(CodingContext ctx, Token v) {
    boolean reportedBy = v.relation().equals("ccomp") && !v.isRoot()
        && dictionary.hasFrame(ctx.head(v).lemma(), Frame.SPEECH);
    boolean quotedFirst = ctx.children(v).stream().anyMatch(c -> c.relation().equals("parataxis")
        && dictionary.hasFrame(c.lemma(), Frame.SPEECH));
    return reportedBy || quotedFirst;
  }
}
