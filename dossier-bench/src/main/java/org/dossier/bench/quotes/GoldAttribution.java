package org.dossier.bench.quotes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One annotated attribution of PolNeAR: who (source spans), the cue, and what was attributed
 * (content spans; brat allows a span in several pieces). Offsets into the article text.
 */
record GoldAttribution(List<int[]> sources, List<int[]> cues, List<int[]> contents) {

  private static final Pattern MARK = Pattern.compile("[\"“”«»„]|''|``");
  private static final Pattern MARK_BEFORE = Pattern.compile("(?:[\"“”«»„]|''|``)$");
  // A comma or full stop may sit between the content and two closing apostrophes: ",''".
  private static final Pattern MARK_AFTER = Pattern.compile("^(?:[\"“”«»„]|[,.!?]?'')");

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
      String inside = text.substring(c[0], c[1]);
      String before = text.substring(Math.max(0, c[0] - 2), c[0]);
      String after = text.substring(c[1], Math.min(text.length(), c[1] + 3));
      if (MARK.matcher(inside).find() || MARK_BEFORE.matcher(before).find()
          || MARK_AFTER.matcher(after).find()) {
        return true;
      }
    }
    return false;
  }
}
