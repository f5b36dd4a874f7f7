package org.dossier.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.ReadOutcome;
import org.dossier.model.Article;

/**
 * Reads every input of a command and runs the command's work on each article with a pool of
 * workers, printing results in input order; reports each bad input, and each article whose work
 * fails, as one line on stderr, so one bad file never stops a batch. Counts what it saw.
 */
final class BatchRunner {

  private final Ingest ingest;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;
  private final int threads;
  private final Progress progress;
  private int articles;
  private int failures;

  private record Pending(Article article, Future<String> result) {
  }

  BatchRunner(Ingest ingest, PrintWriter out, PrintWriter err, boolean verbose, int threads) {
    this.ingest = ingest;
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    this.threads = Math.max(1, threads);
    this.progress = Progress.onTerminal(err);
  }

  /** Reads {@code inputs} and prints {@code work} of each article; returns the exit code. */
  int run(List<String> inputs, Supplier<InputStream> stdin, Function<Article, String> work) {
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    Deque<Pending> window = new ArrayDeque<>();
    try {
      ingest.sources(inputs, stdin).forEach(source -> {
        ReadOutcome outcome = ingest.read(source);
        if (outcome instanceof ReadOutcome.Failed failed) {
          failures++;
          progress.clear();
          err.println("dossier: error: " + failed.error().describe());
          if (verbose && failed.error().getCause() != null) {
            failed.error().printStackTrace(err);
          }
        } else if (outcome instanceof ReadOutcome.Read read) {
          read.warnings().forEach(w -> err.println("dossier: warning: " + read.source() + ": " + w));
          for (Article article : read.articles()) {
            window.add(new Pending(article, submit(pool, () -> work.apply(article))));
            while (window.size() > 2 * threads) {
              finish(window.poll());
            }
          }
        }
        err.flush();
      });
      while (!window.isEmpty()) {
        finish(window.poll());
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      progress.clear();
    }
    return failures > 0 ? ExitCode.INPUT : ExitCode.OK;
  }

  private static Future<String> submit(ExecutorService pool, java.util.concurrent.Callable<String> task) {
    if (pool != null) {
      return pool.submit(task);
    }
    FutureTask<String> inline = new FutureTask<>(task);
    inline.run();
    return inline;
  }

  private void finish(Pending pending) {
    try {
      String result = pending.result().get();
      progress.clear();
      out.println(result);
      out.flush();
      articles++;
      progress.show(articles, failures);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // One article that trips a bug must not cost the user the rest of the batch.
      Throwable cause = e.getCause();
      failures++;
      progress.clear();
      err.println("dossier: error: " + pending.article().source() + ": analysis failed: " + cause
          + (verbose ? "" : " (run with --verbose for details)"));
      if (verbose) {
        cause.printStackTrace(err);
      }
    }
  }

  int articles() {
    return articles;
  }

  int failures() {
    return failures;
  }
}
