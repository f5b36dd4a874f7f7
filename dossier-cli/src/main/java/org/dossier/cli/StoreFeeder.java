package org.dossier.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreException;
import org.dossier.store.StoreItem;
import org.dossier.store.WriteResult;

/**
 * Writes analyzed articles to the store from one thread, in batches of {@code batchSize} or
 * whatever arrived within {@code flushEvery}, so a slow trickle is still committed often. A
 * store failure stops it; the run reads it back with {@link #failure()} and stops too.
 */
final class StoreFeeder {

  private static final Object END = new Object();

  private final DossierStore store;
  private final int batchSize;
  private final Duration flushEvery;
  private final IngestTally tally;
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile StoreException failure;

  StoreFeeder(DossierStore store, int batchSize, Duration flushEvery, IngestTally tally) {
    this.store = store;
    this.batchSize = batchSize;
    this.flushEvery = flushEvery;
    this.tally = tally;
    this.thread = new Thread(this::drain, "dossier-store-writer");
    thread.start();
  }

  void offer(StoreItem item) {
    queue.add(item);
  }

  boolean failed() {
    return failure != null;
  }

  StoreException failure() {
    return failure;
  }

  /** Writes what is left and waits for the writer to stop. */
  void finish() throws InterruptedException {
    queue.add(END);
    thread.join();
  }

  private void drain() {
    List<StoreItem> batch = new ArrayList<>();
    long deadline = Long.MAX_VALUE;
    try {
      while (true) {
        long wait = Math.max(1, deadline - System.nanoTime());
        Object next = queue.poll(Math.min(wait, flushEvery.toNanos()), TimeUnit.NANOSECONDS);
        if (next instanceof StoreItem item) {
          deadline = batch.isEmpty() ? System.nanoTime() + flushEvery.toNanos() : deadline;
          batch.add(item);
        }
        if (next == END || batch.size() >= batchSize || System.nanoTime() >= deadline) {
          write(batch);
          batch.clear();
          deadline = Long.MAX_VALUE;
        }
        if (next == END) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(List<StoreItem> batch) {
    if (batch.isEmpty() || failed()) {
      return;
    }
    try {
      WriteResult result = store.write(batch);
      tally.stored.addAndGet(result.stored());
      tally.unchanged.addAndGet(result.unchanged());
      tally.replaced.addAndGet(result.replaced());
    } catch (StoreException e) {
      failure = e;
    }
  }
}
