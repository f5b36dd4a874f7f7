package org.dossier.ingest.html;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a page's schema.org JSON-LD says about its article: headline, body, dates (as written),
 * authors, section, publisher, canonical URL, language and breadcrumb trail.
 */
record JsonLdArticle(
    Optional<String> headline,
    Optional<String> body,
    Optional<String> published,
    Optional<String> modified,
    List<String> authors,
    Optional<String> section,
    Optional<String> publisher,
    Optional<String> url,
    Optional<String> language,
    List<String> breadcrumbs) {

  static final JsonLdArticle NONE = new JsonLdArticle(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), List.of());

  JsonLdArticle {
    requireNonNull(headline, "headline");
    requireNonNull(body, "body");
    requireNonNull(published, "published");
    requireNonNull(modified, "modified");
    authors = List.copyOf(authors);
    requireNonNull(section, "section");
    requireNonNull(publisher, "publisher");
    requireNonNull(url, "url");
    requireNonNull(language, "language");
    breadcrumbs = List.copyOf(breadcrumbs);
  }
}
