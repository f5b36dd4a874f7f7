package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.store.DossierStore;
import org.dossier.store.ExportFormat;
import org.dossier.store.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier export}: the store's tables as Parquet, CSV or JSON Lines files. */
@Command(name = "export", sortOptions = false,
    description = {"Write the store's tables to a folder: articles, entities, entity_names,"
        + " article_entities, mentions, quotes, events, times, a GDELT-style gdelt_events table,"
        + " and events.plover.jsonl (PLOVER/POLECAT-style JSON, one event per line)."},
    footer = {"", "Files are written under a temporary name and moved into place when complete.",
        "", "Examples:",
        "  dossier export --to out/                     Parquet",
        "  dossier export --to out/ --format csv",
        "Exit codes: 0 ok, 2 bad usage, 3 store missing, locked or unreadable, or folder"
            + " not writable."})
final class ExportCommand implements Callable<Integer> {

  /** The file formats, as the option spells them. */
  enum FileFormat {
    parquet(ExportFormat.PARQUET), csv(ExportFormat.CSV), jsonl(ExportFormat.JSONL);

    private final ExportFormat format;

    FileFormat(ExportFormat format) {
      this.format = format;
    }
  }

  @Option(names = "--to", required = true, paramLabel = "DIR",
      description = "The folder to write to; created when missing, files in it replaced.")
  Path directory;

  @Option(names = {"-f", "--format"}, defaultValue = "parquet", paramLabel = "FORMAT",
      description = "parquet, csv or jsonl (default: ${DEFAULT-VALUE}).")
  FileFormat format;

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces with errors.")
  boolean verbose;

  @Mixin
  StoreOptions store;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (DossierStore opened = store.openForReading()) {
      ExportResult result = opened.export(directory, format.format);
      print(spec.commandLine().getOut(), result);
    }
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, ExportResult result) {
    TextTable table = new TextTable(List.of("FILE", "ROWS"));
    for (Map.Entry<Path, Long> file : result.files().entrySet()) {
      table.row(file.getKey().toString(), Long.toString(file.getValue()));
    }
    out.print(table.render());
    out.flush();
  }
}
