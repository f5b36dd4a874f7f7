package org.dossier.ingest.html;

import static java.util.Objects.requireNonNull;

/**
 * One paragraph-level piece of page text as collected: its text (whitespace collapsed), what kind
 * of block held it, how many of its characters sat inside links, and how many inside links to
 * other sites (which in article text are sources and shops, not the site's own link boxes).
 */
record TextBlock(String text, Kind kind, int linkChars, int externalLinkChars) {

  /** The kinds of block the collector tells apart. */
  enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CAPTION }

  TextBlock {
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
  }

  /** The share of the block's visible characters inside links. */
  double linkDensity() {
    int visible = TextStatistics.visibleChars(text);
    return visible == 0 ? 0 : Math.min(1.0, (double) linkChars / visible);
  }

  /** The share of the block's visible characters inside links to the page's own site. */
  double internalLinkDensity() {
    int visible = TextStatistics.visibleChars(text);
    return visible == 0 ? 0 : Math.min(1.0, (double) (linkChars - externalLinkChars) / visible);
  }

  int words() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words;
  }
}
