package org.dossier.ingest.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's headline: OpenGraph or JSON-LD headline, the {@code <h1>}, or the
 * {@code <title>}; without the site name that titles often carry ("Headline | Site",
 * "Site - Headline"). Thread-safe.
 */
final class TitleReader {

  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·»]|-|::)\\s+");
  private static final int MAX_SITE_WORDS = 5;

  /** The headline of {@code document}; {@code siteName} is dropped when a title carries it. */
  Optional<String> read(Document document, MetaTags meta, JsonLdArticle jsonLd,
      Optional<String> siteName) {
    Optional<String> declared = meta.first("og:title", "twitter:title")
        .or(jsonLd::headline)
        .or(() -> meta.first("title", "headline", "dc.title"));
    Optional<String> h1 = h1(document);
    Optional<String> title = declared.or(() -> h1)
        .or(() -> Optional.of(document.title()).filter(t -> !t.isBlank()));
    return title.map(t -> withoutSiteName(clean(t), siteName, h1)).filter(t -> !t.isEmpty());
  }

  private static Optional<String> h1(Document document) {
    for (Element h1 : document.getElementsByTag("h1")) {
      String text = clean(h1.text());
      if (text.split("\\s+").length >= 2) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  static String withoutSiteName(String title, Optional<String> siteName, Optional<String> h1) {
    if (h1.isPresent() && title.contains(h1.get()) && !title.equals(h1.get())
        && words(h1.get()) >= 3) {
      return h1.get();
    }
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    int rest = words(title) - words(last) - (parts.length - 1);
    if (siteName.isPresent() && sameName(last, siteName.get())
        || words(last) <= MAX_SITE_WORDS && rest >= words(last)) {
      return title.substring(0, title.length() - last.length()).replaceAll(SEPARATOR + "$", "")
          .replaceAll("\\s+(?:[|–—·»]|-|::)\\s*$", "").strip();
    }
    if (siteName.isPresent() && sameName(first, siteName.get())) {
      return title.substring(first.length()).replaceFirst("^\\s*(?:[|–—·»]|-|::)\\s*", "");
    }
    return title;
  }

  private static boolean sameName(String part, String siteName) {
    String a = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    String b = siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return !a.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
  }

  static String clean(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
