package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.Token;

/**
 * Keeps one event per reported act. What a verb reports is its content, not another event:
 * "threatened to ban voting" is a threat, "agreed that their countries should cooperate" an
 * agreement, "accused the US of restoring blackmail" an accusation; a verbal act (praise, demand,
 * rejection, threat) also takes in what its object says ("denounced Serbia's suppression of
 * unrest"); a noun's complement is its content ("threats to intervene", "demand that Israel
 * ease restrictions"), and so is what a verbal noun is about. A nominal event that
 * only restates its verb ("hosted diplomats for talks") goes too, and so does a bare definite
 * one that points back to an event told before ("following the meeting", "the talks").
 * Thread-safe.
 */
final class ContentFilter {

  private static final Set<String> CONTENT = Set.of("xcomp", "ccomp", "advcl");
  private static final Set<String> CONTENT_MARKS = Set.of("of", "for", "to");

  List<Predicate> filter(CodingContext ctx, List<Predicate> found) {
    List<Predicate> kept = new ArrayList<>();
    for (Predicate q : found) {
      boolean content = found.stream().anyMatch(p -> p != q && holds(ctx, p, q));
      if (!content && !restates(ctx, q, found) && !pointsBack(ctx, q)) {
        kept.add(q);
      }
    }
    return kept;
  }

  /** Whether {@code q} stands in the content of {@code p}. */
  private static boolean holds(CodingContext ctx, Predicate p, Predicate q) {
    Token v = p.trigger();
    for (Token c : ctx.children(v)) {
      if (isContent(ctx, p, c) && ctx.tree().dominates(c, q.trigger())
          && !inRelativeClause(ctx, c, q.trigger())) {
        return true;
      }
    }
    return false;
  }

  // "threats to intervene on behalf of protesters who have faced a crackdown": a relative clause
  // tells of a participant, not what the threat says.
  private static boolean inRelativeClause(CodingContext ctx, Token root, Token t) {
    for (Token cur = t; cur.index() != root.index() && !cur.isRoot(); cur = ctx.head(cur)) {
      if (cur.relation().equals("acl:relcl")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContent(CodingContext ctx, Predicate p, Token c) {
    String r = c.relation();
    if (!p.isVerbal()) {
      boolean complement = (r.equals("acl") || r.equals("ccomp")) && ctx.tree().child(c, "mark"::equals)
          .map(m -> Set.of("to", "that").contains(CodingContext.lower(m.word()))).orElse(false);
      return complement || r.startsWith("nmod") && p.type().quadClass() == 3
          && !ctx.caseOf(c).equals("by");
    }
    if (r.equals("xcomp") || r.equals("ccomp")) {
      return true;
    }
    if (r.equals("advcl")) {
      return ctx.tree().child(c, "mark"::equals)
          .map(m -> CONTENT_MARKS.contains(CodingContext.lower(m.word()))).orElse(false)
          && p.type().quadClass() != 4;
    }
    boolean verbalAct = p.type().quadClass() == 1 || p.type().quadClass() == 3;
    return verbalAct && (r.equals("obj") || r.startsWith("obl") && !ctx.caseOf(c).equals("by"));
  }

  // "hosted top diplomats for talks": the talks are the hosting.
  private static boolean restates(CodingContext ctx, Predicate q, List<Predicate> found) {
    if (q.isVerbal() || q.trigger().isRoot()) {
      return false;
    }
    Token head = ctx.head(q.trigger());
    return found.stream().anyMatch(p -> p.isVerbal() && p.trigger().index() == head.index()
        && p.type().code().equals(q.type().code()));
  }

  // "following the meeting", "ahead of the high-level talks": a definite event noun with no
  // actor of its own refers to an event already told.
  private static boolean pointsBack(CodingContext ctx, Predicate q) {
    if (q.isVerbal()) {
      return false;
    }
    boolean definite = ctx.children(q.trigger()).stream().anyMatch(c -> c.relation().equals("det")
        && Set.of("the", "this", "that", "these", "those").contains(CodingContext.lower(c.word())));
    boolean ownActors = ctx.children(q.trigger()).stream().anyMatch(c ->
        c.relation().equals("nmod:poss") || c.relation().startsWith("nmod")
            || c.relation().equals("compound") && c.isProperNoun()
            || c.relation().equals("amod") && Character.isUpperCase(c.word().charAt(0)));
    return definite && !ownActors;
  }
}
