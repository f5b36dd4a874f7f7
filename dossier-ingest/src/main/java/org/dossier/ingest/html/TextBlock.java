package org.dossier.ingest.html;

import static java.util.Objects.requireNonNull;

/**
 * One paragraph-level piece of page text as collected: its text (whitespace collapsed), what kind
 * of block held it and how many of its characters sat inside links.
 */
record TextBlock(String text, Kind kind, int linkChars) {

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

  int words() {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
