package org.dossier.store.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the passage of an article that shows why it matched: the words around the first place
 * a query term occurs, or the opening of the text when no term is found literally (wildcards,
 * filters only).
 */
final class Snippets {

  private static final int RADIUS = 110;

  private Snippets() {
  }

  static String around(String text, Set<String> terms) {
    int at = -1;
    for (String term : terms) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
      if (m.find() && (at < 0 || m.start() < at)) {
        at = m.start();
      }
    }
    int start = Math.max(0, at < 0 ? 0 : at - RADIUS);
    int end = Math.min(text.length(), (at < 0 ? 0 : at) + RADIUS + (at < 0 ? RADIUS : 0));
    start = wordStart(text, start);
    end = wordEnd(text, end);
    String passage = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + passage + (end < text.length() ? "…" : "");
  }

  private static int wordStart(String text, int at) {
    int i = at;
    while (i > 0 && i > at - 20 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int at) {
    int i = at;
    while (i < text.length() && i < at + 20 && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
