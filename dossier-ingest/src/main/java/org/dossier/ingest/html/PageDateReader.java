package org.dossier.ingest.html;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.date.MachineDateParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads when a page's article was published and last modified, trying the most reliable source
 * first: JSON-LD, OpenGraph {@code article:*} and other meta tags, microdata, {@code <time>}
 * elements, a date in the URL ("/2019/11/19/"), then a date written near the top of the page.
 * Thread-safe.
 */
final class PageDateReader {

  private static final String[] PUBLISHED_META = {"article:published_time",
      "og:article:published_time", "og:published_time", "datepublished", "date", "pubdate",
      "publishdate", "publish-date", "publish_date", "publication_date", "dc.date.issued",
      "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "sailthru.date",
      "parsely-pub-date", "article.published", "article_date_original", "cxenseparse:recs:publishtime",
      "citation_publication_date", "citation_date", "originalpublicationdate", "displaydate",
      "dateline", "timestamp", "release_date"};
  private static final String[] MODIFIED_META = {"article:modified_time",
      "og:article:modified_time", "og:updated_time", "datemodified", "last-modified",
      "lastmod", "dcterms.modified", "dc.date.modified", "article.updated", "revised"};
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|\\b)");
  private static final int VISIBLE_SEARCH = 40;

  private final MachineDateParser parser;

  PageDateReader(MachineDateParser parser) {
    this.parser = parser;
  }

  Optional<LocalDate> published(Document page, MetaTags meta, JsonLdArticle jsonLd,
      Optional<String> url) {
    return jsonLd.published().flatMap(parser::parse)
        .or(() -> meta.first(PUBLISHED_META).flatMap(parser::parse))
        .or(() -> microdata(page, "datePublished"))
        .or(() -> timeElement(page))
        .or(() -> url.flatMap(PageDateReader::fromUrl))
        .or(() -> visible(page));
  }

  Optional<LocalDate> modified(Document page, MetaTags meta, JsonLdArticle jsonLd) {
    return jsonLd.modified().flatMap(parser::parse)
        .or(() -> meta.first(MODIFIED_META).flatMap(parser::parse))
        .or(() -> microdata(page, "dateModified"));
  }

  private Optional<LocalDate> microdata(Document page, String property) {
    for (Element e : page.getElementsByAttributeValue("itemprop", property)) {
      String value = e.hasAttr("content") ? e.attr("content")
          : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      Optional<LocalDate> date = parser.parse(value);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  // The first <time> of the article if the page has one, else of the page.
  private Optional<LocalDate> timeElement(Document page) {
    Element scope = page.getElementsByTag("article").stream().findFirst().orElse(page.body());
    if (scope == null) {
      return Optional.empty();
    }
    for (Element time : scope.getElementsByTag("time")) {
      Optional<LocalDate> date = parser.parse(time.hasAttr("datetime") ? time.attr("datetime")
          : time.text());
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  // A short line that is little more than a date, among the first text of the page.
  private Optional<LocalDate> visible(Document page) {
    if (page.body() == null) {
      return Optional.empty();
    }
    int seen = 0;
    for (Element e : page.body().getAllElements()) {
      String own = e.ownText();
      if (own.length() < 8 || own.length() > 120) {
        continue;
      }
      Optional<LocalDate> date = parser.parse(own);
      if (date.isPresent() || ++seen > VISIBLE_SEARCH) {
        return date;
      }
    }
    return Optional.empty();
  }
}
