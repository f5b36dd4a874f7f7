package org.dossier.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.DossierJson;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreItem;
import org.dossier.store.WriteResult;

/**
 * {@code dossier ingest --from-parquet}: loads the output of {@code dossier spark} into the
 * store. The articles table keeps each analyzed article as contract JSON, so nothing is analyzed
 * again: DuckDB reads the Parquet files, and each article is written with the origin the job
 * gave it, in batches. An article the store holds is counted unchanged.
 */
final class ParquetImport {

  private final DossierStore store;
  private final int batch;
  private final PrintWriter err;

  ParquetImport(DossierStore store, int batch, PrintWriter err) {
    this.store = store;
    this.batch = batch;
    this.err = err;
  }

  /** What one import did. */
  record Tally(long read, long failed, WriteResult written) {
  }

  /** Loads every job output folder in {@code folders}; a bad folder or row is reported. */
  Tally load(List<String> folders) {
    long read = 0;
    long failed = 0;
    WriteResult written = new WriteResult(0, 0, 0, 0);
    for (String folder : folders) {
      Path articles = Path.of(folder).resolve("articles");
      if (!Files.isDirectory(articles)) {
        err.println("dossier: error: " + folder + ": not the output of dossier spark (it has no"
            + " articles folder)");
        failed++;
        continue;
      }
      FolderTally tally = loadFolder(folder, articles);
      read += tally.read();
      failed += tally.failed();
      written = written.plus(tally.written());
    }
    return new Tally(read, failed, written);
  }

  private record FolderTally(long read, long failed, WriteResult written) {
  }

  private FolderTally loadFolder(String folder, Path articles) {
    long read = 0;
    long failed = 0;
    WriteResult written = new WriteResult(0, 0, 0, 0);
    List<StoreItem> pending = new ArrayList<>();
    String files = articles.resolve("**").resolve("*.parquet").toString().replace("'", "''");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery("SELECT origin, contract_json FROM read_parquet('"
            + files + "', hive_partitioning = true) ORDER BY id")) {
      while (rows.next()) {
        read++;
        String origin = rows.getString(1);
        try {
          pending.add(new StoreItem(DossierJson.read(rows.getString(2), AnalyzedArticle.class),
              origin));
        } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
          err.println("dossier: error: " + folder + ": article " + origin + ": " + e.getMessage());
          failed++;
        }
        if (pending.size() >= batch) {
          written = written.plus(store.write(pending));
          pending.clear();
        }
      }
    } catch (SQLException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().lines()
          .findFirst().orElse("");
      if (message.contains("No files found")) {
        message = "its articles folder holds no Parquet files";
      }
      err.println("dossier: error: " + folder + ": cannot be read: " + message);
      return new FolderTally(read, failed + 1, written);
    }
    if (!pending.isEmpty()) {
      written = written.plus(store.write(pending));
    }
    return new FolderTally(read, failed, written);
  }
}
