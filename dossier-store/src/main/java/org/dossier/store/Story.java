package org.dossier.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A storyline: events between the same two parties (countries, or actors without a country)
 * that follow each other without a long pause, and the articles that report them.
 *
 * @param id a stable key: the two parties and the first day, e.g. {@code IR~US~2026-01-20}
 * @param title a generated headline: parties, main kinds of events, months
 * @param actors the actors named most often, most frequent first
 * @param codes the PLOVER codes seen most often, most frequent first
 * @param timeline the first events of the story in date order, each with its evidence
 */
public record Story(
    String id,
    String title,
    LocalDate from,
    LocalDate to,
    int articles,
    int events,
    List<String> actors,
    List<String> codes,
    List<TimelineEntry> timeline) {

  public Story {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    actors = List.copyOf(actors);
    codes = List.copyOf(codes);
    timeline = List.copyOf(timeline);
  }
}
