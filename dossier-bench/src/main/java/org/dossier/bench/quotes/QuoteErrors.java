package org.dossier.bench.quotes;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Lists where Dossier's quotes and reported speech disagree with PolNeAR, one line each, for
 * development: MISS (a gold attribution no found statement of the same kind matches), EXTRA (a
 * found statement no gold attribution of its kind matches) and SPEAKER (matched, speaker wrong),
 * each with the kind (quoted or indirect), the article, the spans and the text around them.
 */
final class QuoteErrors {

  private static final int CONTEXT = 160;

  private QuoteErrors() {
  }

  static void write(List<PolnearArticle> corpus, Map<String, List<PredictedAttribution>> found,
      PrintWriter out) {
    for (PolnearArticle a : corpus) {
      List<PredictedAttribution> predicted = found.getOrDefault(a.name(), List.of());
      for (boolean quoted : new boolean[] {true, false}) {
        write(a, quoted ? "quoted" : "indirect",
            a.gold().stream().filter(g -> g.isQuoted(a.text()) == quoted).toList(),
            predicted.stream().filter(p -> p.quoted() == quoted).toList(), out);
      }
    }
  }

  private static void write(PolnearArticle a, String kind, List<GoldAttribution> gold,
      List<PredictedAttribution> predicted, PrintWriter out) {
    String text = a.text();
    for (GoldAttribution g : gold) {
      PredictedAttribution best = AttributionScorer.bestMatch(text, g, predicted);
      if (best == null) {
        out.printf("MISS\t%s\t%s\tcue=%s\tsource=%s\t|%s%n", kind, a.name(),
            pieces(text, g.cues()), pieces(text, g.sources()), context(text,
                g.contents().stream().mapToInt(c -> c[0]).min().orElseThrow(),
                g.contents().stream().mapToInt(c -> c[1]).max().orElseThrow()));
      } else if (!AttributionScorer.speakerRight(text, g, best)) {
        out.printf("SPEAKER\t%s\t%s\tsource=%s\tsys=%s\t|%s%n", kind, a.name(),
            pieces(text, g.sources()), best.speakerName().orElse("-"),
            context(text, best.start(), best.end()));
      }
    }
    for (PredictedAttribution p : predicted) {
      if (gold.stream().noneMatch(g -> AttributionScorer.matches(text, g, p))) {
        boolean anyGold = a.gold().stream().anyMatch(g -> AttributionScorer.matches(text, g, p));
        out.printf("EXTRA\t%s\t%s\tsys=%s\t%s\t|%s%n", kind, a.name(),
            p.speakerName().orElse("-"), anyGold ? "matches-other-kind" : "no-gold",
            context(text, p.start(), p.end()));
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
