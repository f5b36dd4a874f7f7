package org.dossier.cli;

import java.time.LocalDate;
import java.util.List;
import org.dossier.ingest.IngestOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads news shares: what to read and how. */
final class InputOptions {

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders to read (folders are walked recursively); - reads stdin.")
  List<String> paths;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none; it anchors relative dates"
          + " such as \"on Friday\".")
  LocalDate published;

  @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "64",
      description = "Largest input accepted, in MiB (default: ${DEFAULT-VALUE}).")
  int maxInputMb;

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces with errors.")
  boolean verbose;

  IngestOptions ingestOptions() {
    IngestOptions options = IngestOptions.defaults().withMaxBytes(maxInputMb * 1024L * 1024L);
    return published == null ? options : options.withDefaultPublished(published);
  }
}
