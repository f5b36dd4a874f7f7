package org.dossier.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, ARIA role, class and id say about it: page furniture (navigation, share
 * bars, related links, comments, cookie and newsletter prompts, ads), a likely content container,
 * or neither. Patterns are generic web vocabulary, never tied to one site. Thread-safe.
 */
final class ElementHints {

  /** Tags that never hold article text. */
  static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg",
      "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option",
      "link", "meta", "head", "audio", "video", "map", "dialog", "math");

  /** Tags of page furniture, removed unless they hold most of the page's text. */
  static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "form",
      "header");

  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner",
      "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar",
      "toolbar", "tablist", "alert", "marquee");

  // Matched against "class id" lower-cased; tokens are delimited by non-letters so "share-bar"
  // and "article__share" match "share" while "shareholders" does not.
  private static final Pattern FURNITURE = Pattern.compile("(?:^|[^a-z])(?:"
      + "comments?|comment-?(?:list|form|count|section|area|wrap)|disqus|respond|reply"
      + "|share|sharing|shares|social|sociable|addthis|sharethis|share-?bar|share-?tools"
      + "|related|relatedposts|recommend(?:ed|ations?)?|read-?more|more-?(?:stories|articles|news)"
      + "|most-?(?:read|popular|viewed)|popular|trending|outbrain|taboola|zergnet|also-?read"
      + "|newsletter|subscribe|subscription|signup|sign-?up|paywall|regwall|promo|promotion"
      + "|cookies?|consent|gdpr|privacy-?banner"
      + "|ads?|advert\\w*|adsense|adslot|ad-?(?:unit|slot|container|wrapper|block)|dfp|sponsor\\w*"
      + "|banner|masthead|breadcrumbs?|crumbs|sidebar|side-?bar|widget|widgets|popup|modal|overlay"
      + "|nav|navbar|navigation|menu|submenu|skip(?:-?link)?|toolbar|pagination|pager"
      + "|footer|site-?footer|site-?header|foot|header-?(?:nav|menu)|topbar"
      + "|tags|tag-?list|taglist|keywords|topics|byline|author-?(?:bio|box|info|card)|bio"
      + "|email|tools|utility|visually-?hidden|sr-only|screen-?reader\\w*|off-?screen"
      + "|gallery|slideshow|carousel|lightbox|video-?player|nocontent|robots-nocontent|noprint"
      + ")(?:$|[^a-z])");

  // Furniture that never holds the article, even when it wraps much of the page's text.
  private static final Pattern ALWAYS_FURNITURE = Pattern.compile("(?:^|[^a-z])(?:"
      + "comments?|comment-?(?:list|section|area)|disqus|cookies?|consent|gdpr|newsletter"
      + "|outbrain|taboola|zergnet|related|recommended|most-?(?:read|popular|viewed)"
      + ")(?:$|[^a-z])");

  private static final Pattern CONTENT = Pattern.compile("(?:^|[^a-z])(?:"
      + "article|articles|body|content|entry|hentry|h-entry|main|post|text|blog|story|story-?body"
      + "|article-?body|post-?content|entry-?content|articlebody|rich-?text|prose"
      + ")(?:$|[^a-z])");

  // Moved thousands of pixels off screen: hidden from readers, often link spam for robots.
  private static final Pattern OFF_SCREEN =
      Pattern.compile("(?:left|top|text-indent|margin-left):-\\d{4,}(?:px|em)?");

  private ElementHints() {
  }

  /** The lower-cased class and id of {@code e}, space separated. */
  static String names(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** Whether the tag, role, class or id mark {@code e} as page furniture. */
  static boolean isFurniture(Element e) {
    if (FURNITURE_TAGS.contains(e.normalName())) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String names = names(e);
    return !names.isEmpty() && FURNITURE.matcher(names).find() && !isContentName(names);
  }

  /** Whether {@code e} is furniture that is removed even when it holds much text. */
  static boolean isAlwaysFurniture(Element e) {
    String names = names(e);
    return !names.isEmpty() && ALWAYS_FURNITURE.matcher(names).find();
  }

  /** Whether class or id mark {@code e} as a likely container of the article. */
  static boolean isContentName(Element e) {
    return isContentName(names(e));
  }

  private static boolean isContentName(String names) {
    return !names.isEmpty() && CONTENT.matcher(names).find();
  }

  /** Whether {@code e} is hidden from readers by attribute or inline style. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden")
        || OFF_SCREEN.matcher(s).find();
  }

  /** Whether {@code e} is marked up as the article body (schema.org microdata or similar). */
  static boolean isMarkedArticleBody(Element e) {
    String itemprop = e.attr("itemprop");
    return itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")
        && !e.nameIs("span");
  }
}
