package org.dossier.bench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a piece of work over every item with a number of worker threads, repeatedly, and reports
 * items per second for each repetition.
 */
final class Throughput {

  private Throughput() {
  }

  static <T> List<Double> measure(List<T> items, Consumer<T> work, int threads, int repetitions) {
    List<Double> rates = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int r = 0; r < repetitions; r++) {
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (T item : items) {
          done.add(pool.submit(() -> work.accept(item)));
        }
        for (Future<?> f : done) {
          f.get();
        }
        rates.add(items.size() / ((System.nanoTime() - start) / 1e9));
      }
      return rates;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("an item failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  static double stdev(List<Double> xs) {
    double m = mean(xs);
    return Math.sqrt(xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / Math.max(1, xs.size() - 1));
  }
}
