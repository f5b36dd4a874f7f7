package org.dossier.cli;

import java.util.concurrent.atomic.AtomicInteger;

/** What an ingest run has done so far; updated from several threads. */
final class IngestTally {

  final AtomicInteger files = new AtomicInteger();
  final AtomicInteger filesDone = new AtomicInteger();
  final AtomicInteger articlesRead = new AtomicInteger();
  final AtomicInteger stored = new AtomicInteger();
  final AtomicInteger unchanged = new AtomicInteger();
  final AtomicInteger replaced = new AtomicInteger();
  final AtomicInteger failures = new AtomicInteger();

  /** Articles finished: stored, found unchanged, or failed. */
  int articlesDone() {
    return stored.get() + unchanged.get() + failures.get();
  }
}
