package org.dossier.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.store.DossierStore;
import org.dossier.store.Filters;
import org.dossier.store.Results;
import org.dossier.store.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier timeline}: an actor's dated events and quotes in order, with evidence. */
@Command(name = "timeline", sortOptions = false,
    description = {"Show an actor's dated events and quotes in date order, each with the"
        + " sentence or quote it was read from and its article."},
    footer = {"", "With --target, only events from the actor to the target, and the actor's"
        + " quotes that name the target.", "", "Examples:",
        "  dossier timeline --actor Trump",
        "  dossier timeline --actor Trump --target Iran --from 2026-01-01",
        "  dossier timeline --actor Q22686 --event CONSULT --format json",
        "Exit codes: 0 ok, 2 bad usage, 3 store missing, locked or unreadable."})
final class TimelineCommand implements Callable<Integer> {

  @Option(names = "--actor", required = true, paramLabel = "NAME",
      description = "Whose timeline: part of a name (\"Trump\") or an entity id.")
  String actor;

  @Option(names = "--target", paramLabel = "NAME",
      description = "Only what the actor did to this actor (name part or entity id).")
  String target;

  @Option(names = "--event", paramLabel = "CODE",
      description = "Only events of this PLOVER type (quotes are left out).")
  String event;

  @Mixin
  DateRange dates;

  @Mixin
  StoreOptions store;

  @Mixin
  QueryOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Filters filters = Filters.none().withActor(actor).withTarget(target).withEvent(event)
        .withDates(dates.from, dates.to);
    try (DossierStore opened = store.openForReading()) {
      Results<TimelineEntry> results = opened.timeline(filters, options.limit);
      new ResultPrinter(spec.commandLine().getOut(), options.format).print(results,
          table(results.results()));
    }
    return ExitCode.OK;
  }

  static TextTable table(List<TimelineEntry> entries) {
    TextTable table = new TextTable(List.of("DATE", "WHAT", "WHO", "TO/AT", "EVIDENCE",
        "ARTICLE"), 10, 10, 22, 22, 90, 0);
    for (TimelineEntry e : entries) {
      String what = e.kind().equals("quote") ? "said" : e.code();
      String whom = e.target().or(() -> e.location().map(l -> "at " + l)).orElse("");
      String evidence = e.kind().equals("quote") ? "“" + e.evidence() + "”" : e.evidence();
      table.row(e.day().toString(), what, e.actor(), whom, evidence,
          e.article().title().orElse(e.article().source()));
    }
    return table;
  }
}
