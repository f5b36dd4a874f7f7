package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The selection stage of main-text extraction: scores every paragraph-like block by its length and
 * commas, credits the score to the block's ancestors (less with each level), weighs each container
 * by its link density and its names, and picks the container of the article together with the
 * siblings that continue it. Microdata ({@code itemprop=articleBody}) wins when it holds text.
 * Thread-safe.
 */
final class ContentSelector {

  private static final Set<String> BLOCKS = Set.of("p", "pre", "td", "blockquote", "dd");
  private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "main",
      "span", "font", "center", "li", "dt", "figure", "body");
  private static final int MIN_BLOCK = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final double SHARED_ANCESTOR = 0.75;
  private static final int WIDEN_LEVELS = 5;
  private static final double WIDEN_GAIN = 1.2;
  private static final double WIDEN_PURITY = 0.6;
  private static final double WIDEN_LINKS = 0.2;

  /** The elements that hold the article, in document order; the body when nothing scores. */
  List<Element> select(Element body, TextStatistics stats) {
    Map<Element, Double> scores = score(body, stats);
    Element marked = markedBody(body, stats);
    if (marked != null) {
      return List.of(marked);
    }
    Element top = scores.entrySet().stream()
        .max(Comparator.comparingDouble(Map.Entry::getValue))
        .map(Map.Entry::getKey).orElse(body);
    top = sharedAncestor(top, scores);
    top = widened(top, stats);
    return withSiblings(top, scores, stats);
  }

  private Map<Element, Double> score(Element body, TextStatistics stats) {
    Map<Element, Double> raw = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      int length = blockLength(e, stats);
      if (length < MIN_BLOCK) {
        continue;
      }
      double score = 1 + commas(e) + Math.min(length / 100.0, 3);
      // A container with loose text is a paragraph and its own candidate at once.
      Element ancestor = BLOCKS.contains(e.normalName()) ? e.parent() : e;
      for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        double credit = score / divider;
        raw.compute(ancestor, (k, old) -> (old == null ? initial(k) : old) + credit);
        ancestor = ancestor.parent();
      }
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    raw.forEach((e, s) -> scores.put(e, s * (1 - stats.of(e).linkDensity())));
    return scores;
  }

  // A block's own text: the whole text of a paragraph, the loose text of a container.
  private static int blockLength(Element e, TextStatistics stats) {
    if (BLOCKS.contains(e.normalName())) {
      return stats.of(e).text();
    }
    if (!TEXT_CONTAINERS.contains(e.normalName())) {
      return 0;
    }
    int own = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        own += TextStatistics.visibleChars(t.getWholeText());
      } else if (child instanceof Element c && isInline(c)) {
        own += stats.of(c).text();
      }
    }
    return own;
  }

  static boolean isInline(Element e) {
    return !e.isBlock() || e.nameIs("span") || e.nameIs("a") || e.nameIs("font");
  }

  private static double initial(Element e) {
    double base = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (ElementHints.isContentName(e)) {
      base += 25;
    }
    if (e.nameIs("article") || ElementHints.isMarkedArticleBody(e)) {
      base += 10;
    }
    return base;
  }

  private static int commas(Element e) {
    int n = 0;
    String text = e.ownText();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c == ',' || c == '，' || c == '、' || c == '،' ? 1 : 0;
    }
    return n;
  }

  // Schema.org microdata names the article body outright; trust it when it holds real text.
  private static Element markedBody(Element body, TextStatistics stats) {
    int total = Math.max(1, stats.of(body).paragraphs());
    Element best = null;
    for (Element e : body.getElementsByAttribute("itemprop")) {
      if (ElementHints.isMarkedArticleBody(e) && stats.of(e).paragraphs() >= 0.5 * total
          && stats.of(e).text() >= 200
          && (best == null || stats.of(e).text() > stats.of(best).text())) {
        best = e;
      }
    }
    return best;
  }

  // When several near-top candidates share an ancestor, the article spans them all.
  private static Element sharedAncestor(Element top, Map<Element, Double> scores) {
    double topScore = scores.getOrDefault(top, 0.0);
    List<Element> close = scores.entrySet().stream()
        .filter(e -> e.getKey() != top && e.getValue() >= SHARED_ANCESTOR * topScore)
        .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
        .limit(4).map(Map.Entry::getKey).toList();
    if (close.size() < 2) {
      return top;
    }
    for (Element ancestor = top.parent(); ancestor != null && !ancestor.nameIs("body");
        ancestor = ancestor.parent()) {
      Element a = ancestor;
      long inside = close.stream().filter(c -> c.parents().contains(a)).count();
      if (inside >= 2) {
        return ancestor;
      }
    }
    return top;
  }

  // An article cut into chunks by ads or asides spans an ancestor that holds clearly more of the
  // page's good paragraphs, provided what the ancestor adds is itself mostly such paragraphs.
  private static Element widened(Element top, TextStatistics stats) {
    Element chosen = top;
    Element ancestor = top.parent();
    for (int level = 0; ancestor != null && !ancestor.nameIs("body") && !ancestor.nameIs("html")
        && level < WIDEN_LEVELS; level++, ancestor = ancestor.parent()) {
      TextStatistics.Counts a = stats.of(ancestor);
      TextStatistics.Counts c = stats.of(chosen);
      double addedGood = a.goodParagraphs() - c.goodParagraphs();
      double addedText = Math.max(1, a.text() - c.text());
      double addedLinks = a.links() - c.links();
      if (a.goodParagraphs() >= WIDEN_GAIN * c.goodParagraphs()
          && addedGood >= WIDEN_PURITY * addedText && addedLinks < WIDEN_LINKS * addedText) {
        chosen = ancestor;
      }
    }
    return chosen;
  }

  private static List<Element> withSiblings(Element top, Map<Element, Double> scores,
      TextStatistics stats) {
    Element parent = top.parent();
    if (parent == null || top.nameIs("body")) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> picked = new ArrayList<>();
    for (Element sibling : parent.children()) {
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
          ? topScore * 0.2 : 0;
      if (sibling == top || scores.getOrDefault(sibling, 0.0) + bonus >= threshold
          || continuesText(sibling, stats)) {
        picked.add(sibling);
      }
    }
    return picked;
  }

  private static boolean continuesText(Element e, TextStatistics stats) {
    if (!e.nameIs("p")) {
      return false;
    }
    TextStatistics.Counts c = stats.of(e);
    String text = e.text();
    return c.text() > 80 && c.linkDensity() < 0.25
        || c.text() > 0 && c.linkDensity() == 0 && text.matches("(?s).*\\.( |$)");
  }
}
