package org.dossier.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --from}/{@code --to} options: an inclusive range of days. */
final class DateRange {

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Only from this day on (inclusive).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Only up to this day (inclusive).")
  LocalDate to;
}
