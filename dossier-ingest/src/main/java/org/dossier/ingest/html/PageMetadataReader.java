package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.text.HeaderReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata — headline, dates, byline, section, site name, canonical URL, language,
 * stated reading time — from JSON-LD, meta tags, microdata and conventional markup. Must run
 * before the page is cleaned, since cleaning removes scripts and headers. Thread-safe.
 */
final class PageMetadataReader {

  private static final Pattern LANGUAGE = Pattern.compile("^([A-Za-z]{2,3})(?:[-_].*)?$");
  private static final Pattern MINUTES = Pattern.compile("(?i)^(\\d{1,3})\\s*min");

  private final JsonLdReader jsonLd;
  private final TitleReader titles;
  private final PageDateReader dates;

  PageMetadataReader(JsonLdReader jsonLd, TitleReader titles, PageDateReader dates) {
    this.jsonLd = jsonLd;
    this.titles = titles;
    this.dates = dates;
  }

  /** The metadata of {@code page}; {@code url} is where it was fetched from, if known. */
  PageMetadata read(Document page, Optional<String> url) {
    MetaTags meta = MetaTags.of(page);
    JsonLdArticle ld = jsonLd.read(page);
    Optional<String> siteName = meta.first("og:site_name", "application-name",
        "apple-mobile-web-app-title").or(ld::publisher).map(TitleReader::clean);
    Optional<String> canonical = link(page, "canonical").or(() -> meta.first("og:url"))
        .or(ld::url).or(() -> url);
    return new PageMetadata(titles.read(page, meta, ld, siteName),
        dates.published(page, meta, ld, canonical.or(() -> url)),
        dates.modified(page, meta, ld), byline(page, meta, ld), section(page, meta, ld),
        siteName, canonical, language(page, meta, ld), readingTime(page, meta), ld.body());
  }

  private static Optional<String> link(Document page, String rel) {
    Element link = page.selectFirst("link[rel=" + rel + "][href]");
    return link == null ? Optional.empty() : Optional.of(link.absUrl("href"))
        .filter(s -> !s.isEmpty()).or(() -> Optional.of(link.attr("href")));
  }

  private static Optional<String> byline(Document page, MetaTags meta, JsonLdArticle ld) {
    List<String> names = new ArrayList<>(ld.authors());
    if (names.isEmpty()) {
      meta.first("author", "article:author", "dc.creator", "byl", "sailthru.author",
          "parsely-author").filter(a -> !a.startsWith("http")).ifPresent(names::add);
    }
    if (names.isEmpty()) {
      for (Element e : page.select("[rel=author], [itemprop=author], .byline, .author-name")) {
        String text = TitleReader.clean(e.text());
        if (!text.isEmpty() && text.length() <= 100) {
          names.add(text);
          break;
        }
      }
    }
    List<String> clean = names.stream().map(FieldCleaner::byline).flatMap(Optional::stream)
        .distinct().toList();
    return clean.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", clean));
  }

  private static Optional<String> section(Document page, MetaTags meta, JsonLdArticle ld) {
    Optional<String> declared = meta.first("article:section", "section", "parsely-section",
        "sailthru.section", "category").or(ld::section);
    Optional<String> clean = declared.flatMap(FieldCleaner::section);
    if (clean.isPresent()) {
      return clean;
    }
    List<String> crumbs = ld.breadcrumbs().isEmpty() ? visibleCrumbs(page) : ld.breadcrumbs();
    // The last crumb is often the article itself; the one before it names its section.
    if (crumbs.size() >= 3) {
      return FieldCleaner.section(crumbs.get(crumbs.size() - 2));
    }
    return crumbs.size() == 2 ? FieldCleaner.section(crumbs.get(1)) : Optional.empty();
  }

  private static List<String> visibleCrumbs(Document page) {
    Element trail = page.selectFirst("[class*=breadcrumb], [id*=breadcrumb], nav[aria-label~=(?i)breadcrumb]");
    if (trail == null) {
      return List.of();
    }
    return trail.select("a, li > span").stream().map(e -> TitleReader.clean(e.text()))
        .filter(t -> !t.isEmpty() && t.length() < 60).distinct().toList();
  }

  private static Optional<String> language(Document page, MetaTags meta, JsonLdArticle ld) {
    Element html = page.selectFirst("html");
    Optional<String> declared = Optional.ofNullable(html).map(h -> h.attr("lang"))
        .filter(s -> !s.isBlank())
        .or(() -> meta.first("content-language", "og:locale", "language", "dc.language"))
        .or(ld::language);
    return declared.map(String::strip).map(LANGUAGE::matcher).filter(Matcher::matches)
        .map(m -> m.group(1).toLowerCase(Locale.ROOT));
  }

  private static Optional<Integer> readingTime(Document page, MetaTags meta) {
    for (int i = 1; i <= 4; i++) {
      if (meta.first("twitter:label" + i).orElse("").toLowerCase(Locale.ROOT).contains("reading time")) {
        Matcher m = MINUTES.matcher(meta.first("twitter:data" + i).orElse(""));
        if (m.find()) {
          return Optional.of(Integer.parseInt(m.group(1)));
        }
      }
    }
    Element stated = page.selectFirst("[class*=reading-time], [class*=read-time], [class*=readtime]");
    return stated == null ? Optional.empty() : HeaderReader.readingTime(stated.text());
  }
}
