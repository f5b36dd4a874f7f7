package org.dossier.ingest.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a page holds: all of it, the part inside links, and the part
 * inside paragraphs. Computed in one iterative pass (no recursion, so a page nested 100,000 levels
 * deep is fine) and read by the cleaning and selection stages. Not thread-safe; one per page.
 */
final class TextStatistics {

  /**
   * The counts of one element; characters are non-whitespace characters. Good paragraphs are
   * paragraphs of some length with few links: the text an article is made of.
   */
  record Counts(int text, int links, int paragraphs, int goodParagraphs) {
    static final Counts NONE = new Counts(0, 0, 0, 0);

    double linkDensity() {
      return text == 0 ? 0 : (double) links / text;
    }
  }

  private static final int GOOD_LENGTH = 60;
  private static final double GOOD_LINK_DENSITY = 0.33;

  private final Map<Element, Counts> counts;

  private TextStatistics(Map<Element, Counts> counts) {
    this.counts = counts;
  }

  /** Counts the text under every element of {@code root}. */
  static TextStatistics count(Element root) {
    Counter counter = new Counter();
    NodeTraversor.traverse(counter, root);
    return new TextStatistics(counter.done);
  }

  Counts of(Element element) {
    return counts.getOrDefault(element, Counts.NONE);
  }

  private static final class Counter implements NodeVisitor {
    private final Map<Element, Counts> done = new IdentityHashMap<>();
    private final Deque<int[]> open = new ArrayDeque<>();
    private int linkDepth;
    private int paragraphDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        open.push(new int[4]);
        linkDepth += e.nameIs("a") ? 1 : 0;
        paragraphDepth += isParagraph(e) ? 1 : 0;
      } else if (node instanceof TextNode t && !open.isEmpty()) {
        int n = visibleChars(t.getWholeText());
        int[] top = open.peek();
        top[0] += n;
        top[1] += linkDepth > 0 ? n : 0;
        top[2] += paragraphDepth > 0 ? n : 0;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        int[] own = open.pop();
        if (isParagraph(e) && own[0] >= GOOD_LENGTH && own[1] < own[0] * GOOD_LINK_DENSITY) {
          own[3] = own[0];
        }
        done.put(e, new Counts(own[0], own[1], own[2], own[3]));
        if (!open.isEmpty()) {
          int[] parent = open.peek();
          for (int i = 0; i < 4; i++) {
            parent[i] += own[i];
          }
        }
        linkDepth -= e.nameIs("a") ? 1 : 0;
        paragraphDepth -= isParagraph(e) ? 1 : 0;
      }
    }
  }

  static boolean isParagraph(Element e) {
    return e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote");
  }

  static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }
}
