package org.dossier.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.store.ExportFormat;
import org.dossier.store.ExportResult;
import org.dossier.store.StoreException;

/**
 * Writes the store's tables to files with DuckDB's {@code COPY}: one file per table in the
 * chosen format, plus the PLOVER/POLECAT-style JSON of the events. Each file is written under a
 * temporary name and moved into place, so a reader never sees half a file and an interrupted
 * export leaves the earlier files intact.
 */
final class Exporter {

  private final Database database;

  Exporter(Database database) {
    this.database = database;
  }

  ExportResult export(Path directory, ExportFormat format) {
    createDirectory(directory);
    Map<Path, Long> files = new LinkedHashMap<>();
    database.read(c -> {
      for (Map.Entry<String, String> table : ExportQueries.tables().entrySet()) {
        Path file = directory.resolve(table.getKey() + "." + format.extension());
        files.put(file, copy(c, table.getValue(), file, options(format)));
      }
      Path plover = directory.resolve(ExportQueries.PLOVER + ".jsonl");
      files.put(plover, copy(c, ExportQueries.plover(), plover, options(ExportFormat.JSONL)));
      return null;
    });
    return new ExportResult(files);
  }

  private static String options(ExportFormat format) {
    return switch (format) {
      case PARQUET -> "(FORMAT PARQUET, COMPRESSION ZSTD)";
      case CSV -> "(FORMAT CSV, HEADER)";
      case JSONL -> "(FORMAT JSON)";
    };
  }

  private long copy(Connection c, String query, Path file, String options) throws SQLException {
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    long rows;
    try (PreparedStatement statement = c.prepareStatement(
        "COPY (" + query + ") TO ? " + options)) {
      statement.setString(1, partial.toString());
      rows = statement.executeUpdate();
    }
    move(partial, file);
    return rows;
  }

  private void createDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StoreException(directory.toString(), "cannot create export folder: " + e, e);
    }
  }

  private void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException(to.toString(), "cannot write export file: " + e, e);
    }
  }
}
