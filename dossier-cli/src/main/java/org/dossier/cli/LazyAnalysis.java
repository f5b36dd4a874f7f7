package org.dossier.cli;

import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.extract.Analysis;

/**
 * Loads the analysis on first use, so a batch whose inputs are all unreadable fails fast
 * without loading models; remembers when it became ready, to report startup time. Workers share
 * it: the first to ask loads, the others wait.
 */
final class LazyAnalysis {

  private final Supplier<Analysis> loader;
  private Analysis analysis;
  private long readyAt = -1;

  LazyAnalysis(Supplier<Analysis> loader) {
    this.loader = loader;
  }

  synchronized Analysis get() {
    if (analysis == null) {
      analysis = loader.get();
      readyAt = System.currentTimeMillis();
    }
    return analysis;
  }

  synchronized Optional<Long> readyAt() {
    return readyAt < 0 ? Optional.empty() : Optional.of(readyAt);
  }
}
