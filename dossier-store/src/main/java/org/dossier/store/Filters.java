package org.dossier.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What to narrow a query to. Names ({@code speaker}, {@code actor}, {@code target}) match an
 * entity by id or by a case-insensitive part of any name it was stored under, so "Trump" finds
 * "Donald Trump"; {@code event} is a PLOVER code, {@code country} an ISO 3166-1 alpha-2 code,
 * {@code from}/{@code to} an inclusive date range. Immutable: each {@code withX} returns a copy.
 */
public record Filters(
    Optional<String> speaker,
    Optional<String> actor,
    Optional<String> target,
    Optional<String> event,
    Optional<String> country,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public Filters {
    requireNonNull(speaker, "speaker");
    requireNonNull(actor, "actor");
    requireNonNull(target, "target");
    requireNonNull(event, "event");
    requireNonNull(country, "country");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
  }

  /** No filter at all. */
  public static Filters none() {
    return new Filters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Filters withSpeaker(String name) {
    return new Filters(present(name), actor, target, event, country, from, to);
  }

  public Filters withActor(String name) {
    return new Filters(speaker, present(name), target, event, country, from, to);
  }

  public Filters withTarget(String name) {
    return new Filters(speaker, actor, present(name), event, country, from, to);
  }

  public Filters withEvent(String code) {
    return new Filters(speaker, actor, target, present(code), country, from, to);
  }

  public Filters withCountry(String code) {
    return new Filters(speaker, actor, target, event, present(code), from, to);
  }

  /** The inclusive date range; either end may be {@code null} for open. */
  public Filters withDates(LocalDate from, LocalDate to) {
    return new Filters(speaker, actor, target, event, country, Optional.ofNullable(from),
        Optional.ofNullable(to));
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }
}
