package org.dossier.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits page text into paragraphs: blank lines (spaces, no-break spaces and other invisible
 * characters count as blank) separate blocks; inside a block, hard-wrapped lines are joined and
 * separate one-line paragraphs are kept apart.
 */
public final class Paragraphs {

  private static final int WRAP_WIDTH = 50;

  private Paragraphs() {
  }

  public static List<String> split(String text) {
    List<String> paragraphs = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String clean = normalizeSpace(line);
      if (clean.isEmpty()) {
        flush(block, paragraphs);
      } else {
        block.add(clean);
      }
    }
    flush(block, paragraphs);
    return paragraphs;
  }

  /** Collapses runs of whitespace (including no-break and zero-width spaces) to one space. */
  public static String normalizeSpace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
          || c == '\u200C' || c == '\u200D' || c == '\u2060') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void flush(List<String> block, List<String> paragraphs) {
    if (block.isEmpty()) {
      return;
    }
    if (isHardWrapped(block)) {
      paragraphs.add(String.join(" ", block));
    } else {
      paragraphs.addAll(block);
    }
    block.clear();
  }

  // A block whose lines (but the last) all run to a similar width and break mid-sentence was
  // wrapped by its writer, not split into paragraphs.
  private static boolean isHardWrapped(List<String> block) {
    if (block.size() < 2) {
      return false;
    }
    for (int i = 0; i < block.size() - 1; i++) {
      String line = block.get(i);
      if (line.length() < WRAP_WIDTH || line.length() > 100 || endsSentence(line)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '”';
  }
}
