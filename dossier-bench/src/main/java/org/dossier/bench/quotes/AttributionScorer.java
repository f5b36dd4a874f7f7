package org.dossier.bench.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores found statements against PolNeAR's gold attributions. A found span matches a gold
 * content span when they share at least half of the words of the shorter of the two (a partial
 * quote matches the attribution it is part of). Precision counts the found spans that match some
 * gold attribution — PolNeAR joins a speaker's consecutive quotes into one attribution, which a
 * system may report as several — and recall the gold attributions some found span matches. The
 * speaker of the best-matching found span is right when one of the speaker's mentions overlaps
 * the gold source, or the gold source names the speaker ("Pence" for Mike Pence).
 */
final class AttributionScorer {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

  /** Counts for one article or a sum of articles. */
  static final class Counts {
    int predicted;
    int gold;
    int matchedPredicted;
    int matchedGold;
    int speakerRight;

    void add(Counts o) {
      predicted += o.predicted;
      gold += o.gold;
      matchedPredicted += o.matchedPredicted;
      matchedGold += o.matchedGold;
      speakerRight += o.speakerRight;
    }

    double precision() {
      return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
      return matchedGold == 0 ? 0 : (double) speakerRight / matchedGold;
    }
  }

  Counts score(String text, List<GoldAttribution> gold, List<PredictedAttribution> predicted) {
    Counts c = new Counts();
    c.gold = gold.size();
    c.predicted = predicted.size();
    for (PredictedAttribution p : predicted) {
      if (gold.stream().anyMatch(g -> matches(text, g, p, sharedWords(text, g, p)))) {
        c.matchedPredicted++;
      }
    }
    for (GoldAttribution g : gold) {
      PredictedAttribution best = bestMatch(text, g, predicted);
      if (best != null) {
        c.matchedGold++;
        if (speakerRight(text, g, best)) {
          c.speakerRight++;
        }
      }
    }
    return c;
  }

  /** The found span sharing the most words with {@code g} among those that match it, or null. */
  static PredictedAttribution bestMatch(String text, GoldAttribution g,
      List<PredictedAttribution> predicted) {
    PredictedAttribution best = null;
    int bestShared = 0;
    for (PredictedAttribution p : predicted) {
      int shared = sharedWords(text, g, p);
      if (shared > bestShared && matches(text, g, p, shared)) {
        best = p;
        bestShared = shared;
      }
    }
    return best;
  }

  static boolean matches(String text, GoldAttribution g, PredictedAttribution p) {
    return matches(text, g, p, sharedWords(text, g, p));
  }

  private static boolean matches(String text, GoldAttribution g, PredictedAttribution p,
      int shared) {
    int goldWords = 0;
    for (int[] s : g.contents()) {
      goldWords += words(text, s[0], s[1]).size();
    }
    int predictedWords = words(text, p.start(), p.end()).size();
    return shared * 2 >= Math.min(goldWords, predictedWords) && shared > 0;
  }

  private static int sharedWords(String text, GoldAttribution g, PredictedAttribution p) {
    int shared = 0;
    for (int[] s : g.contents()) {
      int from = Math.max(s[0], p.start());
      int to = Math.min(s[1], p.end());
      if (from < to) {
        shared += words(text, from, to).size();
      }
    }
    return shared;
  }

  static boolean speakerRight(String text, GoldAttribution g, PredictedAttribution p) {
    if (p.speakerName().isEmpty()) {
      return false;
    }
    for (int[] gold : g.sources()) {
      int[] source = antecedentOfRelative(text, gold);
      for (int[] m : p.speakerMentions()) {
        if (m[0] < source[1] && source[0] < m[1]) {
          return true;
        }
      }
      List<String> sourceWords = words(text, source[0], source[1]).stream()
          .map(AttributionScorer::fold).toList();
      List<String> name = words(p.speakerName().get(), 0, p.speakerName().get().length());
      if (!name.isEmpty() && sourceWords.contains(fold(name.get(name.size() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A relative pronoun stands for the noun phrase it follows ("Marc Morial, who said"): that
   * phrase's last word is where a speaker mention must overlap. Any other source is itself.
   */
  static int[] antecedentOfRelative(String text, int[] source) {
    String word = text.substring(source[0], source[1]).strip().toLowerCase(Locale.ROOT);
    if (!RELATIVE_PRONOUNS.contains(word)) {
      return source;
    }
    int end = source[0];
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1))
        || text.charAt(start - 1) == '.' || text.charAt(start - 1) == '\'')) {
      start--;
    }
    return start < end ? new int[] {start, end} : source;
  }

  private static List<String> words(String text, int start, int end) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(Math.max(0, start), Math.min(text.length(), end));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
