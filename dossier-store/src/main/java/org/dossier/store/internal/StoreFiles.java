package org.dossier.store.internal;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The files of one store: the DuckDB database, its write-ahead log, the Lucene index folder and
 * the lock file, all beside each other ({@code dossier.duckdb}, {@code dossier.duckdb.wal},
 * {@code dossier.duckdb.lucene/}, {@code dossier.duckdb.lock}).
 */
public record StoreFiles(Path database) {

  public StoreFiles {
    requireNonNull(database, "database");
    database = database.toAbsolutePath().normalize();
  }

  public Path index() {
    return sibling(".lucene");
  }

  public Path lock() {
    return sibling(".lock");
  }

  public Path wal() {
    return sibling(".wal");
  }

  /** The store's name in messages: the database path as the user gave it, made absolute. */
  public String name() {
    return database.toString();
  }

  private Path sibling(String suffix) {
    return database.resolveSibling(database.getFileName() + suffix);
  }
}
