package org.dossier.ingest.html;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** What a page says about its article besides the text: read before the page is cleaned. */
record PageMetadata(
    Optional<String> title,
    Optional<LocalDate> published,
    Optional<LocalDate> modified,
    Optional<String> byline,
    Optional<String> section,
    Optional<String> siteName,
    Optional<String> canonicalUrl,
    Optional<String> language,
    Optional<Integer> readingTimeMinutes,
    Optional<String> jsonLdBody) {

  PageMetadata {
    requireNonNull(title, "title");
    requireNonNull(published, "published");
    requireNonNull(modified, "modified");
    requireNonNull(byline, "byline");
    requireNonNull(section, "section");
    requireNonNull(siteName, "siteName");
    requireNonNull(canonicalUrl, "canonicalUrl");
    requireNonNull(language, "language");
    requireNonNull(readingTimeMinutes, "readingTimeMinutes");
    requireNonNull(jsonLdBody, "jsonLdBody");
  }
}
