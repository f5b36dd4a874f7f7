package org.dossier.bench.quotes;

import java.util.List;

/**
 * One annotated attribution of PolNeAR: who (source spans), the cue, and what was attributed
 * (content spans; brat allows a span in several pieces). Offsets into the article text.
 */
record GoldAttribution(List<int[]> sources, List<int[]> cues, List<int[]> contents) {

  GoldAttribution {
    sources = List.copyOf(sources);
    cues = List.copyOf(cues);
    contents = List.copyOf(contents);
  }

  /**
   * Whether the content is quoted: a quotation mark opens, closes or sits inside it — also two
   * apostrophes or backticks typed for one, as the New York Times articles of PolNeAR do.
   */
  boolean isQuoted(String text) {
    for (int[] c : contents) {
      int from = Math.max(0, c[0] - 1);
      int to = Math.min(text.length(), c[1] + 1);
      String around = text.substring(from, to);
      if (around.matches("(?s).*([\"“”«»„]|''|``).*")) {
        return true;
      }
    }
    return false;
  }
}
