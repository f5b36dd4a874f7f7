package org.dossier.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.ReadOutcome;
import org.dossier.model.Article;

/**
 * Reads every input of a command, hands each article to the command and reports each bad input
 * as one line on stderr, so one bad file never stops a batch. Counts what it saw.
 */
final class BatchRunner {

  private final Ingest ingest;
  private final PrintWriter err;
  private final boolean verbose;
  private int articles;
  private int failures;

  BatchRunner(Ingest ingest, PrintWriter err, boolean verbose) {
    this.ingest = ingest;
    this.err = err;
    this.verbose = verbose;
  }

  /** Reads {@code inputs}; returns the exit code the batch deserves. */
  int run(java.util.List<String> inputs, Supplier<InputStream> stdin, Consumer<Article> handler) {
    ingest.sources(inputs, stdin).forEach(source -> {
      ReadOutcome outcome = ingest.read(source);
      if (outcome instanceof ReadOutcome.Failed failed) {
        failures++;
        err.println("dossier: error: " + failed.error().describe());
        if (verbose && failed.error().getCause() != null) {
          failed.error().printStackTrace(err);
        }
      } else if (outcome instanceof ReadOutcome.Read read) {
        read.warnings().forEach(w -> err.println("dossier: warning: " + read.source() + ": " + w));
        read.articles().forEach(article -> {
          try {
            handler.accept(article);
            articles++;
          } catch (RuntimeException e) {
            // One article that trips a bug must not cost the user the rest of the batch.
            failures++;
            err.println("dossier: error: " + article.source() + ": analysis failed: " + e
                + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
              e.printStackTrace(err);
            }
          }
        });
      }
      err.flush();
    });
    return failures > 0 ? ExitCode.INPUT : ExitCode.OK;
  }

  int articles() {
    return articles;
  }

  int failures() {
    return failures;
  }
}
