package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.store.DossierStore;
import picocli.CommandLine.Option;

/** The option every store command shares: which store to use. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "dossier.duckdb",
      description = "The store: a DuckDB file with its Lucene index beside it"
          + " (default: ./${DEFAULT-VALUE}).")
  Path database;

  /** Opens the store for writing, creating it when missing. */
  DossierStore openForWriting() {
    return DossierStore.open(database);
  }

  /** Opens an existing store for reading; other readers may share it. */
  DossierStore openForReading() {
    return DossierStore.openReadOnly(database);
  }
}
