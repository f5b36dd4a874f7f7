package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * The first stage of main-text extraction: removes what is never article text — scripts, styles,
 * forms of input, HTML comments, hidden elements — and page furniture recognized by tag, ARIA role,
 * class and id (navigation, share bars, related links, comments, cookie and newsletter prompts).
 * An element that holds most of the page's paragraph text is kept whatever its names say, since
 * sites wrap whole pages in elements named "has-sidebar" or forms. Thread-safe.
 */
final class PageCleaner {

  private static final double KEEP_SHARE = 0.4;
  private static final double KEEP_SHARE_ALWAYS = 0.8;

  /** Cleans {@code document} in place. */
  void clean(Document document) {
    Element body = document.body();
    removeNeverText(body);
    TextStatistics stats = TextStatistics.count(body);
    int total = Math.max(1, stats.of(body).paragraphs());
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(new FurnitureFinder(stats, total, doomed), body);
    doomed.forEach(Element::remove);
  }

  private static void removeNeverText(Element body) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Comment
          || node instanceof Element e && ElementHints.NEVER_TEXT.contains(e.normalName())) {
        doomed.add(node);
      }
    }, body);
    doomed.forEach(Node::remove);
  }

  /** Collects the outermost furniture elements; their subtrees are skipped. */
  private record FurnitureFinder(TextStatistics stats, int total, List<Element> doomed)
      implements org.jsoup.select.NodeFilter {

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e) || depth == 0) {
        return FilterResult.CONTINUE;
      }
      double share = (double) stats.of(e).paragraphs() / total;
      boolean furniture = ElementHints.isAlwaysFurniture(e) && share < KEEP_SHARE_ALWAYS
          || (ElementHints.isFurniture(e) || ElementHints.isHidden(e)) && share < KEEP_SHARE;
      if (furniture && !e.nameIs("html") && !e.nameIs("body")) {
        doomed.add(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      return FilterResult.CONTINUE;
    }
  }
}
