package org.dossier.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Where an article's figure captions live: figures often sit beside the text container rather than
 * in it, so captions are looked for in the nearest enclosing {@code <article>}, marked article
 * body or {@code <main>}, else in the text container's parent. Thread-safe.
 */
final class CaptionScope {

  private static final int MAX_LEVELS = 6;

  private CaptionScope() {
  }

  /** The elements to look for captions in, for an article held by {@code roots}. */
  static List<Element> around(List<Element> roots) {
    if (roots.isEmpty()) {
      return roots;
    }
    Element first = roots.get(0);
    Element ancestor = first;
    for (int level = 0; ancestor != null && level < MAX_LEVELS; level++) {
      if (ancestor.nameIs("article") || ancestor.nameIs("main")
          || ElementHints.isMarkedArticleBody(ancestor)) {
        return List.of(ancestor);
      }
      if (ancestor.nameIs("body")) {
        break;
      }
      ancestor = ancestor.parent();
    }
    Element parent = first.parent();
    return parent == null || parent.nameIs("html") ? roots : List.of(parent);
  }
}
