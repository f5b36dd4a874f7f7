package org.dossier.cli;

/** How a query command prints its answer. */
enum ResultFormat {
  /** An aligned table for people. */
  text,
  /** A JSON object for programs: {@code {"total": N, "results": [...]}}. */
  json
}
