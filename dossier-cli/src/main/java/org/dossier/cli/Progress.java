package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A live progress line on stderr — articles done, rate, errors — redrawn at most twice a second,
 * and only when stderr is a terminal: piped output stays clean for programs.
 */
final class Progress {

  private static final long REDRAW_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  void show(int done, int errors) {
    long now = System.nanoTime();
    if (!enabled || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    double rate = done / Math.max(1e-9, (now - start) / 1e9);
    err.printf(Locale.ROOT, "\r%d articles, %.2f/s, %d errors ", done, rate, errors);
    err.flush();
    drawn = true;
  }

  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
