package org.dossier.bench.micro;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dossier.extract.text.QuotationFinder;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.nlp.time.TenseOracle;
import org.dossier.nlp.time.TimeTagger;
import org.dossier.nlp.time.TimexAnnotation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH microbenchmarks of the model-free hot stages, each over all 121 AEB pages per
 * invocation: HTML main-text extraction, time tagging and normalization, finding quoted
 * passages. Scores are milliseconds per pass over the corpus; divide by 121 for one article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HotStages {

  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2026, 2, 11));

  private AebInputs inputs;
  private Ingest ingest;
  private TimeTagger times;
  private QuotationFinder quotations;

  @Setup
  public void load() {
    inputs = AebInputs.load();
    ingest = Ingest.create(KnowledgeBase.builtIn(), IngestOptions.defaults());
    times = TimeTagger.create();
    quotations = new QuotationFinder();
  }

  @Benchmark
  public void htmlExtraction(Blackhole sink) {
    for (Source page : inputs.pages()) {
      ReadOutcome outcome = ingest.read(page);
      sink.consume(outcome);
    }
  }

  @Benchmark
  public void timeTagging(Blackhole sink) {
    for (String text : inputs.texts()) {
      List<TimexAnnotation> found = times.tag(text, PUBLISHED, TenseOracle.heuristic(text));
      sink.consume(found);
    }
  }

  @Benchmark
  public void quotationFinding(Blackhole sink) {
    for (String text : inputs.texts()) {
      sink.consume(quotations.find(text));
    }
  }
}
