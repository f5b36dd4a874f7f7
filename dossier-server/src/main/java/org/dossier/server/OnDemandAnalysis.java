package org.dossier.server;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.dossier.extract.Analysis;

/**
 * Loads the analysis on the first analyze request, so the server starts in a second and a
 * read-only session never loads models. Request threads share it: the first loads, the others
 * wait. Thread-safe.
 */
final class OnDemandAnalysis {

  private final Supplier<Analysis> loader;
  private Analysis analysis;

  OnDemandAnalysis(Supplier<Analysis> loader) {
    this.loader = requireNonNull(loader, "loader");
  }

  synchronized Analysis get() {
    if (analysis == null) {
      analysis = requireNonNull(loader.get(), "loaded analysis");
    }
    return analysis;
  }
}
