package org.dossier.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated step of a timeline: an event (who did what to whom, where) or a quote (who said
 * what), with its evidence — the sentence or the quoted words — and the article it came from.
 *
 * @param kind {@code event} or {@code quote}
 * @param code the PLOVER event code, or the quote kind ({@code direct}, {@code partial},
 *     {@code indirect})
 * @param date the date as the record gives it (a TIMEX3 value, possibly coarser than a day)
 */
public record TimelineEntry(
    LocalDate day,
    String date,
    String kind,
    String code,
    String actor,
    Optional<String> target,
    Optional<String> location,
    String evidence,
    ArticleRef article) {

  public TimelineEntry {
    requireNonNull(day, "day");
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(code, "code");
    requireNonNull(actor, "actor");
    requireNonNull(target, "target");
    requireNonNull(location, "location");
    requireNonNull(evidence, "evidence");
    requireNonNull(article, "article");
  }
}
