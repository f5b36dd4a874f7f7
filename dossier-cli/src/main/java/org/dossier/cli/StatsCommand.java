package org.dossier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.model.DossierJson;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier stats}: how many rows each table of the store holds. */
@Command(name = "stats", sortOptions = false,
    description = {"Count the rows of each table of the store."},
    footer = {"", "With --format json: {\"articles\": N, \"entities\": N, \"mentions\": N,"
        + " \"quotes\": N, \"events\": N, \"times\": N, ...}",
        "Exit codes: 0 ok, 2 bad usage, 3 store missing, locked or unreadable."})
final class StatsCommand implements Callable<Integer> {

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text (a table) or json (one object of counts). Default: ${DEFAULT-VALUE}.")
  ResultFormat format;

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces with errors.")
  boolean verbose;

  @Mixin
  StoreOptions store;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    StoreStats stats;
    try (DossierStore opened = store.openForReading()) {
      stats = opened.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == ResultFormat.json) {
      out.println(DossierJson.toJson(stats));
    } else {
      TextTable table = new TextTable(List.of("TABLE", "ROWS"));
      for (Map.Entry<String, Long> count : stats.counts().entrySet()) {
        table.row(count.getKey(), String.format(java.util.Locale.ROOT, "%,d", count.getValue()));
      }
      out.print(table.render());
    }
    out.flush();
    return ExitCode.OK;
  }
}
