package org.dossier.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.knowledge.KnowledgeHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier knowledge}: the user's knowledge beside the shipped one. */
@Command(name = "knowledge", description = {"Grow the knowledge Dossier resolves names with."},
    subcommands = {KnowledgeCommand.ImportGeonames.class})
final class KnowledgeCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code dossier knowledge import-geonames FILE}. */
  @Command(name = "import-geonames", sortOptions = false,
      description = {"Import a GeoNames cities dump (cities15000.zip, cities5000.txt, …; the"
          + " tab-separated 'cities' format from download.geonames.org/export/dump/) so that"
          + " every later analysis places the towns it lists, not only the built-in capitals"
          + " and major cities.",
          "The dump is read in full first: a malformed one is refused with its file and line and"
              + " leaves the earlier import in place. Importing again replaces the dump."},
      footer = {"", "Examples:",
          "  dossier knowledge import-geonames cities15000.zip",
          "  DOSSIER_HOME=/data/dossier dossier knowledge import-geonames cities500.zip",
          "", "Exit codes: 0 imported, 2 bad usage, 3 the dump is missing or malformed."})
  static final class ImportGeonames implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The dump: a .txt or a .zip holding one.")
    Path dump;

    @Option(names = "--home", paramLabel = "DIR",
        description = "Where imported knowledge lives. Default: $DOSSIER_HOME/knowledge,"
            + " else ~/.dossier/knowledge.")
    Path home;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      KnowledgeHome target = home == null ? KnowledgeHome.fromEnvironment() : new KnowledgeHome(home);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        int places = target.importGeonames(dump);
        out.printf("imported %,d places from %s into %s%n", places, dump, target.folder());
        out.flush();
        return ExitCode.OK;
      } catch (IllegalArgumentException | UncheckedIOException e) {
        err.println("dossier: error: " + e.getMessage());
        err.flush();
        return ExitCode.INPUT;
      }
    }
  }
}
