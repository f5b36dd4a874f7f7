package org.dossier.cli;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.model.Article;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreItem;

/**
 * One {@code dossier ingest}: reads every input on this thread, skips articles the store holds
 * already before analyzing them, analyzes the rest on a pool of workers sharing one analysis,
 * and hands the results to a {@link StoreFeeder} that writes them in batches. Bad inputs and
 * failed analyses are reported one line each and counted; a store failure ends the run.
 */
final class IngestRun {

  private final Ingest ingest;
  private final DossierStore store;
  private final LazyAnalysis analysis;
  private final IngestTally tally;
  private final IngestProgress progress;
  private final boolean verbose;
  private final Set<String> seen = new HashSet<>();

  IngestRun(Ingest ingest, DossierStore store, LazyAnalysis analysis, IngestTally tally,
      IngestProgress progress, boolean verbose) {
    this.ingest = ingest;
    this.store = store;
    this.analysis = analysis;
    this.tally = tally;
    this.progress = progress;
    this.verbose = verbose;
  }

  /** Ingests {@code inputs} with {@code threads} workers; throws if the store fails. */
  void run(List<String> inputs, Supplier<InputStream> stdin, int threads, StoreFeeder feeder)
      throws InterruptedException {
    List<Source> sources = ingest.sources(inputs, stdin).toList();
    tally.files.set(sources.size());
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-analyze");
      t.setDaemon(true);
      return t;
    });
    Semaphore slots = new Semaphore(2 * threads);
    try {
      for (Source source : sources) {
        if (feeder.failed()) {
          break;
        }
        read(source, workers, slots, feeder);
        tally.filesDone.incrementAndGet();
      }
      workers.shutdown();
      workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    } finally {
      workers.shutdownNow();
      feeder.finish();
    }
    if (feeder.failed()) {
      throw feeder.failure();
    }
  }

  private void read(Source source, ExecutorService workers, Semaphore slots, StoreFeeder feeder)
      throws InterruptedException {
    ReadOutcome outcome = ingest.read(source);
    if (outcome instanceof ReadOutcome.Failed failed) {
      tally.failures.incrementAndGet();
      progress.problem("dossier: error: " + failed.error().describe());
      return;
    }
    ReadOutcome.Read read = (ReadOutcome.Read) outcome;
    read.warnings().forEach(w -> progress.problem("dossier: warning: " + read.source() + ": " + w));
    for (int i = 0; i < read.articles().size(); i++) {
      Article article = read.articles().get(i);
      tally.articlesRead.incrementAndGet();
      if (!seen.add(article.id()) || store.contains(article.id())) {
        tally.unchanged.incrementAndGet();
        continue;
      }
      String origin = origin(read, i);
      slots.acquire();
      workers.execute(() -> {
        try {
          analyze(article, origin, feeder);
        } finally {
          slots.release();
        }
      });
    }
  }

  private void analyze(Article article, String origin, StoreFeeder feeder) {
    try {
      feeder.offer(new StoreItem(analysis.get().analyze(article), origin));
    } catch (RuntimeException | StackOverflowError e) {
      // One article that trips a bug (even one that recurses too deep) must not cost the user
      // the rest of the run.
      tally.failures.incrementAndGet();
      progress.problem("dossier: error: " + article.source() + ": analysis failed: " + e
          + (verbose ? "" : " (run with --verbose for details)"));
      if (verbose) {
        progress.problem(stackTrace(e));
      }
    }
  }

  /**
   * Where an article comes from, stable across edits: its URL; else its file when the file
   * holds one article; else the file and the article's place in it. Standard input has no
   * stable origin, so its articles never replace each other.
   */
  static String origin(ReadOutcome.Read read, int index) {
    Article article = read.articles().get(index);
    if (article.url().isPresent()) {
      return article.url().get();
    }
    if (read.source().equals("-")) {
      return "stdin:" + article.id();
    }
    return read.articles().size() == 1 ? read.source() : read.source() + "#" + (index + 1);
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(trace));
    return trace.toString().stripTrailing();
  }
}
