package org.dossier.bench.pipeline;

import java.util.concurrent.atomic.LongAdder;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.pipeline.Stage;

/** Wraps a pipeline stage and adds up the time spent in it, across threads. */
final class TimedStage implements Stage {

  private final Stage stage;
  private final LongAdder nanos = new LongAdder();
  private final LongAdder calls = new LongAdder();

  TimedStage(Stage stage) {
    this.stage = stage;
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    long start = System.nanoTime();
    try {
      return stage.apply(in);
    } finally {
      nanos.add(System.nanoTime() - start);
      calls.increment();
    }
  }

  String name() {
    return stage.getClass().getSimpleName();
  }

  double millisPerCall() {
    long n = calls.sum();
    return n == 0 ? 0 : nanos.sum() / 1e6 / n;
  }

  void reset() {
    nanos.reset();
    calls.reset();
  }
}
