package org.dossier.bench.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores system time expressions against gold ones as TempEval-3 task A does. The official
 * scorer works on token extents: two expressions match (relaxed) when their extents share a
 * token and match strictly when their extents are the same; each gold expression pairs with at
 * most one system expression and vice versa (the official TimeML normalizer gives a pair one
 * shared id). Type and value are compared as strings on the relaxed pairs. Tokens here are runs
 * of letters and digits and single other non-space characters, so a span that ends inside a
 * word extends to the whole word. Stateless.
 */
public final class TempEvalScorer {

  private TempEvalScorer() {
  }

  /** The tallies for one document's text, gold and system expressions. */
  public static TempEvalCounts compare(String text, List<TimexSpan> gold, List<TimexSpan> system) {
    int[] tokenOf = tokenIndex(text);
    List<int[]> goldExtents = extents(gold, tokenOf);
    List<int[]> systemExtents = extents(system, tokenOf);
    int[] pairOfGold = new int[gold.size()];
    boolean[] systemPaired = new boolean[system.size()];
    java.util.Arrays.fill(pairOfGold, -1);
    // Identical extents pair first, so that a near miss never steals an exact partner.
    for (boolean exactOnly : new boolean[] {true, false}) {
      for (int g = 0; g < gold.size(); g++) {
        for (int s = 0; s < system.size() && pairOfGold[g] < 0; s++) {
          if (!systemPaired[s] && (exactOnly ? same(goldExtents.get(g), systemExtents.get(s))
              : overlap(goldExtents.get(g), systemExtents.get(s)))) {
            pairOfGold[g] = s;
            systemPaired[s] = true;
          }
        }
      }
    }
    int relaxed = 0;
    int strict = 0;
    int types = 0;
    int values = 0;
    for (int g = 0; g < gold.size(); g++) {
      int s = pairOfGold[g];
      if (s < 0) {
        continue;
      }
      relaxed++;
      strict += same(goldExtents.get(g), systemExtents.get(s)) ? 1 : 0;
      types += gold.get(g).type().equals(system.get(s).type()) ? 1 : 0;
      values += gold.get(g).value().equals(system.get(s).value()) ? 1 : 0;
    }
    return new TempEvalCounts(gold.size(), system.size(), relaxed, strict, types, values);
  }

  /** For each character, the index of the token holding it, or -1 for white space. */
  static int[] tokenIndex(String text) {
    int[] tokenOf = new int[text.length()];
    int token = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        tokenOf[i] = -1;
      } else if (Character.isLetterOrDigit(c) && i > 0
          && Character.isLetterOrDigit(text.charAt(i - 1))) {
        tokenOf[i] = token;
      } else {
        tokenOf[i] = ++token;
      }
    }
    return tokenOf;
  }

  /** First and last token of each span; a span of white space only has no tokens. */
  private static List<int[]> extents(List<TimexSpan> spans, int[] tokenOf) {
    List<int[]> extents = new ArrayList<>();
    for (TimexSpan span : spans) {
      int first = -1;
      int last = -2;
      for (int i = span.start(); i < Math.min(span.end(), tokenOf.length); i++) {
        if (tokenOf[i] >= 0) {
          first = first < 0 ? tokenOf[i] : first;
          last = tokenOf[i];
        }
      }
      extents.add(new int[] {first, last});
    }
    return extents;
  }

  private static boolean same(int[] a, int[] b) {
    return a[0] >= 0 && a[0] == b[0] && a[1] == b[1];
  }

  private static boolean overlap(int[] a, int[] b) {
    return a[0] >= 0 && b[0] >= 0 && a[0] <= b[1] && b[0] <= a[1];
  }
}
