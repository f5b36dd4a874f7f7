package org.dossier.cli;

import picocli.CommandLine.Option;

/** The options every query command shares: how to print and how much, and stack traces. */
final class QueryOptions {

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text (an aligned table) or json (an object with a `results` array)."
          + " Default: ${DEFAULT-VALUE}.")
  ResultFormat format;

  @Option(names = {"-n", "--limit"}, defaultValue = "20", paramLabel = "N",
      description = "Show at most N results (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces with errors.")
  boolean verbose;
}
