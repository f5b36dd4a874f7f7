package org.dossier.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction-benchmark's metric, ported from its {@code evaluate.py}: texts are cut
 * into tokens as Python's {@code re.findall(r'\w+')} does (letters, digits and underscore, by
 * Unicode category; combining marks split words), tokens into overlapping 4-gram shingles (a text
 * of fewer than four tokens is one shingle), and the shingle multisets compared. Per page,
 * TP/FP/FN are normalized; over pages, precision and recall are averaged (pages without predicted
 * shingles are left out of precision, pages without gold shingles out of recall) and F1 is taken
 * of the two means. Thread-safe.
 */
public final class ShingleMetric {

  private static final int N = 4;
  // Tokens never hold a NUL (it is not a word character), so it joins a shingle unambiguously.
  private static final String JOIN = "\u0000";

  private ShingleMetric() {
  }

  /** How {@code predicted} matches {@code gold}. */
  public static ShingleMatch match(String gold, String predicted) {
    Map<String, Integer> truth = shingles(gold);
    Map<String, Integer> pred = shingles(predicted);
    Set<String> keys = new HashSet<>(truth.keySet());
    keys.addAll(pred.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String key : keys) {
      int t = truth.getOrDefault(key, 0);
      int p = pred.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
  }

  /** Whether the two texts have exactly the same tokens. */
  public static boolean sameTokens(String gold, String predicted) {
    return tokenize(gold).equals(tokenize(predicted));
  }

  /** The scores of a set of pages, given each page's match and exact-match flag. */
  public static ExtractionScores summarize(List<ShingleMatch> matches, List<Boolean> exact) {
    double precision = matches.stream().filter(ShingleMatch::hasPrediction)
        .mapToDouble(ShingleMatch::precision).average().orElse(Double.NaN);
    double recall = matches.stream().filter(ShingleMatch::hasGold)
        .mapToDouble(ShingleMatch::recall).average().orElse(Double.NaN);
    double f1 = 2 * precision * recall / (precision + recall);
    double accuracy = exact.stream().mapToDouble(e -> e ? 1 : 0).average().orElse(Double.NaN);
    return new ExtractionScores(f1, precision, recall, accuracy, matches.size());
  }

  /** The tokens of {@code text}: maximal runs of word characters. */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isWordCharacter(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  // Python's \w: str.isalnum() or '_'; isalnum is a letter (L*) or a number (Nd, Nl, No).
  static boolean isWordCharacter(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> cp == '_';
    };
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokenize(text);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(Math.min(i, tokens.size()),
          Math.min(i + N, tokens.size()));
      if (!shingle.isEmpty()) {
        counts.merge(String.join(JOIN, shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
