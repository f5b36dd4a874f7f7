package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches in text: straight double quotes, curly double quotes, guillemets and
 * low-high quotes, and single curly or straight quotes used as marks (not apostrophes, which sit
 * between letters: "don't", "Iran's"). A double quote left open at a paragraph end continues in
 * the next paragraph when that one opens with a quote mark (the newspaper convention for quotes
 * spanning paragraphs). Nested single quotes inside double quotes are found too, and so is one
 * level of curly double quotes inside curly double quotes ({@code “what he calls “hell” here”}),
 * whose marks say which way they face. Thread-safe.
 */
public final class QuotationFinder {

  private static final int MAX_QUOTE = 5000;

  public List<Quotation> find(String text) {
    List<Quotation> found = new ArrayList<>();
    findDouble(text, found);
    findSingle(text, found);
    found.sort(java.util.Comparator.comparingInt(Quotation::open));
    return List.copyOf(found);
  }

  private static void findDouble(String text, List<Quotation> found) {
    int open = -1;
    int inner = -1;
    char openMark = 0;
    int width = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open >= 0 && openMark == '“' && opensNestedCurly(text, i, inner)) {
        inner = i;
      } else if (inner >= 0 && (c == '”' || c == '"')) {
        found.add(new Quotation(inner, i + 1, '“'));
        inner = -1;
      } else if (open < 0) {
        if (opensDouble(text, i)) {
          open = i;
          openMark = c;
          width = doubled(text, i) ? 2 : 1;
          i += width - 1;
        }
      } else if (closesDouble(openMark, text, i)) {
        int w = doubled(text, i) ? 2 : 1;
        found.add(new Quotation(open, i + w, openMark, Math.min(width, w)));
        i += w - 1;
        open = -1;
      } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        inner = -1;
        int next = i + 2;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < text.length() && opensDouble(text, next)) {
          // The quote goes on in the next paragraph: close here, reopen there.
          found.add(new Quotation(open, i + width, openMark, width));
          open = next;
          width = doubled(text, next) ? 2 : 1;
          i = next + width - 1;
        } else {
          open = -1;
        }
      } else if (i - open > MAX_QUOTE) {
        open = -1;
        inner = -1;
      }
    }
  }

  // A left curly mark after a space and before a word, inside a quote it opened too, opens a
  // quote within that quote rather than being a stray mark.
  private static boolean opensNestedCurly(String text, int i, int inner) {
    return inner < 0 && text.charAt(i) == '“' && i > 0 && i + 1 < text.length()
        && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')
        && !Character.isWhitespace(text.charAt(i + 1));
  }

  // Two apostrophes or two backticks typed for a double quotation mark ('' or ``).
  private static boolean doubled(String text, int i) {
    return i + 1 < text.length() && (text.startsWith("''", i) || text.startsWith("``", i));
  }

  private static boolean opensDouble(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '«' || c == '„') {
      return true;
    }
    // A right mark before a word and after a space opens a quote too: web text often has
    // ”Mr. Trump …” typed with the wrong mark first.
    boolean mark = c == '"' || c == '”' || doubled(text, i);
    int after = i + (doubled(text, i) ? 2 : 1);
    return mark && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
        && after < text.length() && !Character.isWhitespace(text.charAt(after));
  }

  private static boolean closesDouble(char openMark, String text, int i) {
    char c = text.charAt(i);
    return switch (openMark) {
      case '“' -> c == '”' || c == '"';
      case '«' -> c == '»';
      case '„' -> c == '“' || c == '”';
      default -> c == '"' || c == '”' || doubled(text, i) && i > 0
          && !Character.isWhitespace(text.charAt(i - 1));
    };
  }

  private static void findSingle(String text, List<Quotation> found) {
    int open = -1;
    char openMark = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1;
        continue;
      }
      if (c != '‘' && c != '’' && c != '\'' && c != '‹' && c != '›') {
        continue;
      }
      if (doubled(text, i) || i > 0 && doubled(text, i - 1)) {
        continue;
      }
      boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
      if (open < 0) {
        if ((c == '‘' || c == '\'' || c == '‹') && !letterBefore && letterAfter) {
          open = i;
          openMark = c;
        }
      } else if ((c == '’' || c == '\'' || c == '›') && letterBeforeOrPunct(text, i) && !letterAfter) {
        if (matches(openMark, c)) {
          found.add(new Quotation(open, i + 1, openMark));
          open = -1;
        }
      }
    }
  }

  private static boolean letterBeforeOrPunct(String text, int i) {
    char b = text.charAt(i - 1);
    return Character.isLetterOrDigit(b) || b == '.' || b == '?' || b == '!' || b == ',';
  }

  private static boolean matches(char open, char close) {
    return open == '‹' ? close == '›' : open == '\'' ? close == '\'' || close == '’' : close == '’';
  }
}
