package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The collection stage of main-text extraction: walks the selected elements in document order and
 * cuts their text into blocks at every block-level boundary and line break — headings and list
 * items become blocks of their own — and routes figure captions to caption blocks so they stay out
 * of the body. The walk is iterative. Thread-safe.
 */
final class TextCollector {

  private static final Pattern CAPTION_NAME =
      Pattern.compile("caption|(?:^|[^a-z])(?:image-?credit|photo-?credit|credit)(?:$|[^a-z])");

  /** The blocks of text under {@code roots}, in document order. */
  List<TextBlock> collect(List<Element> roots) {
    Walker walker = new Walker(roots.isEmpty() ? "" : host(roots.get(0).ownerDocument()));
    for (Element root : roots) {
      NodeTraversor.traverse(walker, root);
      walker.flush();
    }
    return walker.blocks;
  }

  private static String host(org.jsoup.nodes.Document document) {
    return document == null ? "" : hostOf(document.location());
  }

  // The host without "www.", or "" for a relative or unparsable address.
  static String hostOf(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0 || scheme > 8) {
      return "";
    }
    int end = scheme + 3;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String host = lower(url.substring(scheme + 3, end));
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  static boolean isCaption(Element e) {
    if (e.nameIs("figcaption")) {
      return true;
    }
    String names = ElementHints.names(e);
    return !names.isEmpty() && CAPTION_NAME.matcher(names).find() && !e.nameIs("body");
  }

  private static TextBlock.Kind kindOf(Element e) {
    return switch (e.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
      case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
      case "blockquote" -> TextBlock.Kind.QUOTE;
      default -> TextBlock.Kind.PARAGRAPH;
    };
  }

  // Table cells stay on their row's line: a row of a table reads as one line of text.
  private static boolean breaksText(Element e) {
    if (e.nameIs("td") || e.nameIs("th")) {
      return false;
    }
    return e.isBlock() && !e.nameIs("span") && !e.nameIs("a") || e.nameIs("br")
        || e.nameIs("img") || e.nameIs("tr");
  }

  private static final class Walker implements NodeVisitor {
    private final String pageHost;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private TextBlock.Kind kind = TextBlock.Kind.PARAGRAPH;
    private int linkChars;
    private int externalChars;
    private int linkDepth;
    private Element external;
    private Element caption;

    Walker(String pageHost) {
      this.pageHost = pageHost;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
      } else if (node instanceof Element e) {
        if (caption == null && isCaption(e)) {
          flush();
          caption = e;
          kind = TextBlock.Kind.CAPTION;
          return;
        }
        linkDepth += e.nameIs("a") ? 1 : 0;
        if (external == null && e.nameIs("a") && isExternal(e)) {
          external = e;
        }
        if (caption == null && breaksText(e)) {
          flush();
          kind = kindOf(e);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (e == caption) {
        flush();
        caption = null;
        return;
      }
      linkDepth -= e.nameIs("a") ? 1 : 0;
      external = e == external ? null : external;
      if (caption == null && breaksText(e)) {
        flush();
      } else if (e.nameIs("td") || e.nameIs("th")) {
        text.append(' ');
      }
    }

    private void append(String raw) {
      int before = text.length();
      boolean space = before > 0 && text.charAt(before - 1) == ' ';
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
          if (!space && text.length() > 0) {
            text.append(' ');
            space = true;
          }
        } else if (c != '\u00AD' && c != '\uFEFF') {
          text.append(c);
          space = false;
          linkChars += linkDepth > 0 ? 1 : 0;
          externalChars += external != null ? 1 : 0;
        }
      }
    }

    // A link to another site; without a known page address no link can be told external.
    private boolean isExternal(Element a) {
      if (pageHost.isEmpty()) {
        return false;
      }
      String host = hostOf(a.attr("href"));
      return !host.isEmpty() && !host.equals(pageHost) && !host.endsWith("." + pageHost)
          && !pageHost.endsWith("." + host);
    }

    void flush() {
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        blocks.add(new TextBlock(s, caption != null ? TextBlock.Kind.CAPTION : kind, linkChars,
            externalChars));
      }
      text.setLength(0);
      linkChars = 0;
      externalChars = 0;
      kind = TextBlock.Kind.PARAGRAPH;
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
