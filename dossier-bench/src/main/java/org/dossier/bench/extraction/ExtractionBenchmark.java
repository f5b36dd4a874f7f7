package org.dossier.bench.extraction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.bench.BenchReport;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.knowledge.KnowledgeBase;

/**
 * Measures main-text extraction on the article-extraction-benchmark pages in one run: Dossier's
 * HTML reader and Mozilla Readability side by side, each single-threaded after warm-up, scored
 * with the benchmark's own metric ({@link ShingleMetric}). Writes {@code bench/results/aeb.json}.
 *
 * <p>Run: {@code java -cp … org.dossier.bench.extraction.ExtractionBenchmark [--no-readability]};
 * the data is read from {@code -Ddossier.shared} (default {@code ../shared}).
 */
public final class ExtractionBenchmark {

  private static final int DOSSIER_WARMUP_ROUNDS = 5;
  private static final int READABILITY_WARMUP_PAGES = 121;
  private static final Map<String, Double> PUBLISHED_F1 = Map.of("rs_trafilatura", 0.970,
      "trafilatura", 0.958, "newspaper4k", 0.949, "readability.js", 0.947);

  private ExtractionBenchmark() {
  }

  public static void main(String[] args) {
    Path shared = BenchReport.shared();
    if (!AebCorpus.isPresent(shared)) {
      System.err.println("no benchmark data in " + AebCorpus.folder(shared));
      System.exit(3);
    }
    List<AebPage> pages = AebCorpus.load(shared);
    HtmlArticleReader reader = HtmlArticleReader.create(new DatelineParser(KnowledgeBase.builtIn()));
    SystemRun dossier = new DossierExtraction(reader, DOSSIER_WARMUP_ROUNDS).run(pages, "dev");
    List<SystemRun> runs = new ArrayList<>(List.of(dossier));
    ReadabilityBaseline readability = new ReadabilityBaseline(
        BenchReport.projectDir().resolve("dossier-bench/readability"));
    boolean withReadability = !List.of(args).contains("--no-readability");
    if (withReadability) {
      runs.add(readability.run(AebCorpus.folder(shared), READABILITY_WARMUP_PAGES));
    }
    BenchReport report = new BenchReport("aeb", "Main-text extraction on the "
        + "article-extraction-benchmark development pages: token 4-gram shingle F1/P/R averaged"
        + " per page (evaluate.py's metric), and pages per second on one thread after warm-up.");
    fill(report.root(), pages, runs, withReadability ? readability.nodeVersion() : "not run");
    Path file = report.write(BenchReport.projectDir(), "aeb");
    runs.forEach(run -> System.out.println(line(run, score(pages, run))));
    System.out.println("wrote " + file);
  }

  /** The scores of {@code texts} (by page id) against the gold bodies of {@code pages}. */
  public static ExtractionScores score(List<AebPage> pages, Map<String, String> texts) {
    List<ShingleMatch> matches = new ArrayList<>();
    List<Boolean> exact = new ArrayList<>();
    for (AebPage page : pages) {
      String predicted = texts.getOrDefault(page.id(), "");
      matches.add(ShingleMetric.match(page.gold(), predicted));
      exact.add(ShingleMetric.sameTokens(page.gold(), predicted));
    }
    return ShingleMetric.summarize(matches, exact);
  }

  private static ExtractionScores score(List<AebPage> pages, SystemRun run) {
    return score(pages, run.texts());
  }

  private static void fill(ObjectNode root, List<AebPage> pages, List<SystemRun> runs,
      String node) {
    // The machine is shared: its load when the run ended says how far to trust pages/s.
    ((ObjectNode) root.get("machine")).put("cpu", cpuModel())
        .put("loadAverage1m", round(ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage()));
    root.putObject("data").put("pages", pages.size())
        .put("folder", "shared/eval/aeb (development split)");
    ObjectNode systems = root.putObject("systems");
    for (SystemRun run : runs) {
      ExtractionScores s = score(pages, run);
      ObjectNode system = systems.putObject(run.system());
      system.put("version", run.version()).put("f1", round(s.f1()))
          .put("precision", round(s.precision())).put("recall", round(s.recall()))
          .put("accuracy", round(s.accuracy())).put("pagesPerSecond", round(run.pagesPerSecond()))
          .put("meanMillisPerPage", round(1000 * run.seconds() / run.texts().size()))
          .put("threads", 1);
    }
    ((ObjectNode) systems.get("dossier")).put("warmupRounds", DOSSIER_WARMUP_ROUNDS);
    if (runs.size() > 1) {
      ((ObjectNode) systems.get("readability")).put("node", node).put("warmupPages", READABILITY_WARMUP_PAGES);
      root.put("speedupOverReadability",
          round(runs.get(0).pagesPerSecond() / runs.get(1).pagesPerSecond()));
    }
    ObjectNode published = root.putObject("publishedF1FullBenchmark");
    PUBLISHED_F1.forEach(published::put);
    perPage(root.putArray("pages"), pages, runs);
  }

  private static void perPage(ArrayNode array, List<AebPage> pages, List<SystemRun> runs) {
    for (AebPage page : pages) {
      ObjectNode row = array.addObject().put("id", page.id()).put("url", page.url());
      for (SystemRun run : runs) {
        ShingleMatch m = ShingleMetric.match(page.gold(), run.texts().getOrDefault(page.id(), ""));
        double p = m.precision();
        double r = m.recall();
        row.put(run.system() + "F1", round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
      }
    }
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
  }

  private static String line(SystemRun run, ExtractionScores s) {
    return String.format("%-12s F1 %.4f  P %.4f  R %.4f  %.1f pages/s", run.system(), s.f1(),
        s.precision(), s.recall(), run.pagesPerSecond());
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
