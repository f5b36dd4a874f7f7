package org.dossier.cli;

import org.dossier.store.Filters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The filters of {@code search}: who spoke, who acted on whom, what, where and when. */
final class FilterOptions {

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Articles quoting this person: part of a name (\"Trump\") or an entity id.")
  String speaker;

  @Option(names = "--actor", paramLabel = "NAME",
      description = "Articles with an event this actor did (name part or entity id).")
  String actor;

  @Option(names = "--target", paramLabel = "NAME",
      description = "Articles with an event done to this actor (name part or entity id).")
  String target;

  @Option(names = "--event", paramLabel = "CODE",
      description = "Articles with an event of this PLOVER type, e.g. CONSULT, THREATEN.")
  String event;

  @Option(names = "--country", paramLabel = "CC",
      description = "Articles with an event actor or place in this country, or datelined there"
          + " (ISO 3166-1 alpha-2, e.g. IR).")
  String country;

  @Mixin
  DateRange dates;

  Filters filters() {
    return Filters.none().withSpeaker(speaker).withActor(actor).withTarget(target)
        .withEvent(event).withCountry(country).withDates(dates.from, dates.to);
  }
}
