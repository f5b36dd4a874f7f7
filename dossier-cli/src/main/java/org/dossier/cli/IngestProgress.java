package org.dossier.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows how an ingest is going on stderr: on a terminal a live line redrawn twice a second
 * (files and articles done of those seen, rate, time left, errors); otherwise a plain line every
 * {@code period}. Problem lines go through it so they never tear the live line. Thread-safe.
 */
final class IngestProgress implements AutoCloseable {

  private final PrintWriter err;
  private final IngestTally tally;
  private final boolean live;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService clock;
  private boolean drawn;

  IngestProgress(PrintWriter err, IngestTally tally, boolean live, Duration period) {
    this.err = err;
    this.tally = tally;
    this.live = live;
    this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "dossier-progress");
      t.setDaemon(true);
      return t;
    });
    long every = live ? 500 : Math.max(1, period.toMillis());
    clock.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
  }

  /** Prints one line (an error or warning) above the live line. */
  synchronized void problem(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  private synchronized void tick() {
    if (live) {
      err.print("\r\033[K" + line());
      drawn = true;
    } else {
      err.println(line());
    }
    err.flush();
  }

  /** The progress as one line. */
  String line() {
    double seconds = elapsed().toMillis() / 1000.0;
    int done = tally.articlesDone();
    int filesDone = tally.filesDone.get();
    int files = tally.files.get();
    String eta = filesDone == 0 || filesDone >= files ? "—"
        : clock((long) (seconds / filesDone * (files - filesDone)));
    return String.format(Locale.ROOT, "ingest: %d/%d files, %d/%d articles, %.2f articles/s,"
        + " ETA %s, %d error%s", filesDone, files, done, tally.articlesRead.get(),
        seconds > 0 ? tally.stored.get() / seconds : 0.0, eta, tally.failures.get(),
        tally.failures.get() == 1 ? "" : "s");
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private void clear() {
    if (drawn) {
      err.print("\r\033[K");
      drawn = false;
    }
  }

  static String clock(long seconds) {
    return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600,
        seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  @Override
  public synchronized void close() {
    clock.shutdownNow();
    clear();
    err.flush();
  }
}
