package org.dossier.bench.quotes;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Lists where Dossier's reported speech disagrees with PolNeAR, one line each, for development:
 * MISS (a gold indirect attribution no found indirect statement matches), EXTRA (a found indirect
 * statement no gold attribution matches) and SPEAKER (matched, speaker wrong), each with the
 * article, the spans and the sentence around them.
 */
final class QuoteErrors {

  private static final int CONTEXT = 160;

  private QuoteErrors() {
  }

  static void write(List<PolnearArticle> corpus, Map<String, List<PredictedAttribution>> found,
      PrintWriter out) {
    for (PolnearArticle a : corpus) {
      String text = a.text();
      List<GoldAttribution> gold = a.gold().stream().filter(g -> !g.isQuoted(text)).toList();
      List<PredictedAttribution> indirect = found.getOrDefault(a.name(), List.of()).stream()
          .filter(p -> !p.quoted()).toList();
      for (GoldAttribution g : gold) {
        PredictedAttribution best = AttributionScorer.bestMatch(text, g, indirect);
        if (best == null) {
          out.printf("MISS\t%s\tcue=%s\tsource=%s\t|%s%n", a.name(), pieces(text, g.cues()),
              pieces(text, g.sources()), context(text,
                  g.contents().stream().mapToInt(c -> c[0]).min().orElseThrow(),
                  g.contents().stream().mapToInt(c -> c[1]).max().orElseThrow()));
        } else if (!AttributionScorer.speakerRight(text, g, best)) {
          out.printf("SPEAKER\t%s\tsource=%s\tsys=%s\t|%s%n", a.name(), pieces(text, g.sources()),
              best.speakerName().orElse("-"), context(text, best.start(), best.end()));
        }
      }
      for (PredictedAttribution p : indirect) {
        if (gold.stream().noneMatch(g -> AttributionScorer.matches(text, g, p))) {
          boolean anyGold = a.gold().stream().anyMatch(g -> AttributionScorer.matches(text, g, p));
          out.printf("EXTRA\t%s\tsys=%s\t%s\t|%s%n", a.name(), p.speakerName().orElse("-"),
              anyGold ? "matches-quoted-gold" : "no-gold", context(text, p.start(), p.end()));
        }
      }
    }
  }

  private static String pieces(String text, List<int[]> spans) {
    StringBuilder sb = new StringBuilder();
    for (int[] s : spans) {
      sb.append(sb.length() == 0 ? "" : " … ").append(text, s[0], s[1]);
    }
    return "'" + sb.toString().replace('\n', ' ') + "'";
  }

  private static String context(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - CONTEXT), start);
    String after = text.substring(end, Math.min(text.length(), end + CONTEXT / 2));
    return (before + "[[" + text.substring(start, end) + "]]" + after).replace('\n', ' ');
  }
}
