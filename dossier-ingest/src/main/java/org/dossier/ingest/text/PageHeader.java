package org.dossier.ingest.text;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the top of a news page says about its article — section label, headline, date line,
 * reading time, byline — and where the body begins.
 */
public record PageHeader(
    Optional<String> section,
    Optional<String> title,
    Optional<LocalDate> published,
    Optional<Integer> readingTimeMinutes,
    Optional<String> byline,
    List<String> captions,
    int bodyStart) {

  public PageHeader {
    requireNonNull(section, "section");
    requireNonNull(title, "title");
    requireNonNull(published, "published");
    requireNonNull(readingTimeMinutes, "readingTimeMinutes");
    requireNonNull(byline, "byline");
    captions = List.copyOf(captions);
  }
}
