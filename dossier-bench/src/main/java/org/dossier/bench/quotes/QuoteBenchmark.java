package org.dossier.bench.quotes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.bench.BenchReport;
import org.dossier.extract.Analysis;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;

/**
 * Quote extraction and attribution on PolNeAR's development articles, Dossier and CoreNLP's
 * quote annotator side by side in one run; writes {@code bench/results/polnear.json}.
 * Run with {@code --no-baseline} to score Dossier alone (the baseline needs about 8 GB of heap),
 * {@code --output NAME} to write {@code bench/results/NAME.json} instead, and
 * {@code --errors FILE} to list Dossier's reported-speech errors there ({@link QuoteErrors}).
 */
public final class QuoteBenchmark {

  private static final int WARMUP_ARTICLES = 20;
  // A Dossier pass lasts seconds and the first two still run code the JIT is compiling (on two
  // cores, 16 s and 12 s against 8 s after it): the median of five is the steady rate.
  private static final int DOSSIER_PASSES = 5;

  private QuoteBenchmark() {
  }

  /** The figures of one system over the corpus. */
  record SystemScore(String system, AttributionScorer.Counts quoted,
      AttributionScorer.Counts indirect, AttributionScorer.Counts all, double seconds,
      int articles, List<Double> passSeconds) {

    void write(ObjectNode node) {
      node.put("articles", articles);
      node.put("seconds", seconds);
      node.put("articlesPerSecond", articles / seconds);
      passSeconds.forEach(node.putArray("passSeconds")::add);
      counts(node.putObject("directAndPartial"), quoted);
      counts(node.putObject("indirect"), indirect);
      counts(node.putObject("allAttributions"), all);
    }

    private static void counts(ObjectNode node, AttributionScorer.Counts c) {
      node.put("precision", c.precision());
      node.put("recall", c.recall());
      node.put("f1", c.f1());
      node.put("speakerAccuracy", c.speakerAccuracy());
      node.put("gold", c.gold);
      node.put("found", c.predicted);
      node.put("matched", c.matchedGold);
    }
  }

  public static void main(String[] args) throws IOException {
    boolean baseline = true;
    String output = "polnear";
    Path errors = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--no-baseline" -> baseline = false;
        case "--output" -> output = args[++i];
        case "--errors" -> errors = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
      }
    }
    List<PolnearArticle> corpus = PolnearCorpus.read(BenchReport.shared().resolve("eval/polnear/dev"));
    KnowledgeBase knowledge = KnowledgeBase.builtIn();
    Analysis analysis = Analysis.load(knowledge);
    // Kept per article so the error listing needs no second analysis.
    Map<String, List<PredictedAttribution>> found = new HashMap<>();
    SystemScore dossier = run("dossier", corpus, DOSSIER_PASSES, a -> {
      List<PredictedAttribution> attributions = DossierAttributions.of(
          analysis.analyze(Article.builder(a.name(), a.text()).published(a.published()).build()));
      found.put(a.name(), attributions);
      return attributions;
    });
    if (errors != null) {
      try (PrintWriter out =
          new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
        QuoteErrors.write(corpus, found, out);
      }
    }
    BenchReport report = new BenchReport("polnear-attribution",
        "Quote and attribution extraction on PolNeAR dev (84 articles): content spans match when"
            + " they share half the words of the shorter span; speaker right when a speaker"
            + " mention overlaps the gold source or the gold source names the speaker.");
    dossier.write(report.root().putObject("dossier"));
    print(dossier);
    if (baseline) {
      CoreNlpQuoteBaseline corenlp = new CoreNlpQuoteBaseline();
      SystemScore stock = run("corenlp-quote", corpus, 1,
          a -> corenlp.attribute(a.text(), a.published()));
      stock.write(report.root().putObject("corenlpQuote"));
      report.root().put("speedRatio", (dossier.articles() / dossier.seconds())
          / (stock.articles() / stock.seconds()));
      print(stock);
    }
    Path written = report.write(BenchReport.projectDir(), output);
    System.out.println("wrote " + written);
  }

  /**
   * Scores the first pass over the corpus and times every pass; the time reported is the median
   * pass. A pass of Dossier takes seconds, so a moment of load on the machine would otherwise
   * decide its rate; the baseline's single pass takes minutes and averages such moments out.
   */
  static SystemScore run(String system, List<PolnearArticle> corpus, int passes,
      Function<PolnearArticle, List<PredictedAttribution>> extractor) {
    AttributionScorer scorer = new AttributionScorer();
    AttributionScorer.Counts quoted = new AttributionScorer.Counts();
    AttributionScorer.Counts indirect = new AttributionScorer.Counts();
    AttributionScorer.Counts all = new AttributionScorer.Counts();
    // Both systems first run a few articles untimed, so the JIT has compiled the hot code.
    corpus.stream().limit(WARMUP_ARTICLES).forEach(extractor::apply);
    // Only the systems are timed, not the scoring.
    List<Double> passSeconds = new ArrayList<>();
    for (int pass = 1; pass < passes; pass++) {
      long start = System.nanoTime();
      corpus.forEach(extractor::apply);
      passSeconds.add((System.nanoTime() - start) / 1e9);
    }
    long nanos = 0;
    for (PolnearArticle a : corpus) {
      long start = System.nanoTime();
      List<PredictedAttribution> found = extractor.apply(a);
      nanos += System.nanoTime() - start;
      all.add(scorer.score(a.text(), a.gold(), found));
      quoted.add(scorer.score(a.text(), a.gold().stream().filter(g -> g.isQuoted(a.text())).toList(),
          found.stream().filter(PredictedAttribution::quoted).toList()));
      indirect.add(scorer.score(a.text(),
          a.gold().stream().filter(g -> !g.isQuoted(a.text())).toList(),
          found.stream().filter(p -> !p.quoted()).toList()));
    }
    passSeconds.add(nanos / 1e9);
    List<Double> sorted = passSeconds.stream().sorted().toList();
    return new SystemScore(system, quoted, indirect, all, sorted.get(sorted.size() / 2),
        corpus.size(), List.copyOf(passSeconds));
  }

  private static void print(SystemScore s) {
    System.out.printf("%-14s quotes P %.3f R %.3f F1 %.3f speaker %.3f | indirect P %.3f R %.3f"
            + " F1 %.3f | all P %.3f R %.3f F1 %.3f speaker %.3f | %.2f articles/s%n", s.system(),
        s.quoted().precision(), s.quoted().recall(), s.quoted().f1(), s.quoted().speakerAccuracy(),
        s.indirect().precision(), s.indirect().recall(), s.indirect().f1(), s.all().precision(),
        s.all().recall(), s.all().f1(), s.all().speakerAccuracy(), s.articles() / s.seconds());
  }
}
