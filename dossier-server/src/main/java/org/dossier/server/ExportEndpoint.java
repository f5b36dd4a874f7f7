package org.dossier.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dossier.store.DossierStore;
import org.dossier.store.ExportFormat;
import org.dossier.store.ExportResult;

/**
 * {@code GET /api/export?format=jsonl|csv|parquet} (token required): every table of the store,
 * exported into a temporary folder and sent as one zip. A bulk read of the whole store, so it
 * needs the token and runs one at a time.
 */
final class ExportEndpoint {

  private final DossierStore store;
  private final TokenGuard guard;
  private final Semaphore running = new Semaphore(1);

  ExportEndpoint(DossierStore store, TokenGuard guard) {
    this.store = store;
    this.guard = guard;
  }

  void export(Context ctx) {
    guard.require(ctx);
    ExportFormat format = format(new RequestParams(ctx).text("format").orElse("jsonl"));
    if (!running.tryAcquire()) {
      throw new ServiceUnavailableResponse("an export is already running; try again when it is"
          + " done");
    }
    Path folder = null;
    try {
      folder = Files.createTempDirectory("dossier-export-");
      ExportResult result = store.export(folder.resolve("tables"), format);
      ctx.contentType("application/zip").header("Content-Disposition",
          "attachment; filename=\"dossier-" + format.extension() + ".zip\"");
      try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
        for (Path file : result.files().keySet()) {
          zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("export failed", e);
    } finally {
      running.release();
      delete(folder);
    }
  }

  private static ExportFormat format(String name) {
    try {
      return ExportFormat.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("query parameter 'format' must be jsonl, csv or parquet: '"
          + name + "'");
    }
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless; the system cleans it.
    }
  }
}
