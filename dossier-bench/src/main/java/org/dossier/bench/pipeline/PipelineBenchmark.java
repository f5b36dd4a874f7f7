package org.dossier.bench.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.bench.BenchReport;
import org.dossier.bench.extraction.AebCorpus;
import org.dossier.bench.extraction.AebPage;
import org.dossier.extract.Analysis;
import org.dossier.extract.pipeline.NewsPipeline;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;
import org.dossier.nlp.NlpBackbone;
import org.dossier.nlp.NlpOptions;

/**
 * The end-to-end benchmark: articles per second over the article-extraction-benchmark pages
 * (HTML in, full records out) and over their plain texts, with warm-up, repetitions and spread,
 * single-threaded and with a worker per core; cold start to first record; peak RSS; time per
 * stage. The stock CoreNLP pipeline with quote attribution runs on the same texts in the same
 * run as the baseline. Writes {@code bench/results/pipeline.json}.
 *
 * <p>Options: {@code --reps N} (default 3), {@code --baseline-articles N} (default 10; 0 skips
 * the baseline, which needs about 8 GB of heap).
 */
public final class PipelineBenchmark {

  private static final int WARMUP = 20;
  private static final String BASELINE_ANNOTATORS =
      "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private PipelineBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    int reps = intOption(args, "--reps", 3);
    int baselineArticles = intOption(args, "--baseline-articles", 10);
    int cores = Runtime.getRuntime().availableProcessors();
    Path shared = BenchReport.shared();
    List<AebPage> pages = AebCorpus.load(shared);

    KnowledgeBase knowledge = KnowledgeBase.builtIn();
    NlpBackbone nlp = NlpBackbone.load(NlpOptions.defaults());
    List<TimedStage> stages = NewsPipeline.create(nlp, knowledge).stages().stream()
        .map(TimedStage::new).toList();
    Analysis analysis = Analysis.of(NewsPipeline.of(List.copyOf(stages)));
    Ingest ingest = Ingest.create(knowledge, IngestOptions.defaults());
    List<Source> html = pages.stream()
        .map(p -> Source.of(p.id() + ".html", p.html().getBytes(StandardCharsets.UTF_8))).toList();
    Article first = articles(ingest, html.subList(0, 1)).get(0);
    analysis.analyze(first);
    double coldStart = (System.currentTimeMillis()
        - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;

    List<Article> texts = articles(ingest, html);
    texts.stream().limit(WARMUP).forEach(analysis::analyze);
    stages.forEach(TimedStage::reset);
    List<Double> singleText = Throughput.measure(texts, analysis::analyze, 1, 1);
    ObjectNode breakdown = breakdown(stages);
    List<Double> parallelText = Throughput.measure(texts, analysis::analyze, cores, reps);
    List<Double> parallelHtml = Throughput.measure(html,
        s -> articles(ingest, List.of(s)).forEach(analysis::analyze), cores, reps);
    long peakRssMb = peakRssMb();

    BenchReport report = new BenchReport("pipeline",
        "End to end: AEB pages (HTML in, records out) and their clean texts, a worker per core"
            + " sharing one pipeline; single-thread rate and per-stage times after warm-up;"
            + " the stock CoreNLP pipeline with quote attribution on the same texts.");
    ObjectNode d = report.root().putObject("dossier");
    d.put("articles", texts.size());
    d.put("threads", cores);
    d.put("coldStartToFirstRecordSeconds", coldStart);
    d.put("peakRssMb", peakRssMb);
    rates(d.putObject("htmlArticlesPerSecond"), parallelHtml);
    rates(d.putObject("textArticlesPerSecond"), parallelText);
    d.put("singleThreadTextArticlesPerSecond", singleText.get(0));
    d.set("millisPerArticleByStage", breakdown);
    System.out.printf("dossier: cold start %.1f s, text %.2f articles/s (%d threads), html %.2f,"
        + " single thread %.2f, peak RSS %d MB%n", coldStart, Throughput.mean(parallelText), cores,
        Throughput.mean(parallelHtml), singleText.get(0), peakRssMb);
    System.out.println("stages (ms/article): " + breakdown);
    if (baselineArticles > 0) {
      baseline(report.root(), texts.subList(0, Math.min(baselineArticles, texts.size())),
          singleText.get(0));
    }
    System.out.println("wrote " + report.write(BenchReport.projectDir(), "pipeline"));
  }

  private static void baseline(ObjectNode root, List<Article> texts, double dossierSingle) {
    long start = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", BASELINE_ANNOTATORS);
    StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
    double load = (System.nanoTime() - start) / 1e9;
    corenlp.annotate(new Annotation(texts.get(0).text()));
    List<Double> rate = Throughput.measure(texts, a -> corenlp.annotate(new Annotation(a.text())),
        1, 1);
    ObjectNode b = root.putObject("corenlpBaseline");
    b.put("annotators", BASELINE_ANNOTATORS);
    b.put("articles", texts.size());
    b.put("loadSeconds", load);
    b.put("singleThreadTextArticlesPerSecond", rate.get(0));
    b.put("peakRssMbIncludingDossier", peakRssMb());
    root.put("singleThreadSpeedRatio", dossierSingle / rate.get(0));
    System.out.printf("corenlp baseline: load %.1f s, %.3f articles/s single thread; ratio %.1f×%n",
        load, rate.get(0), dossierSingle / rate.get(0));
  }

  private static List<Article> articles(Ingest ingest, List<Source> sources) {
    List<Article> out = new ArrayList<>();
    for (Source s : sources) {
      if (ingest.read(s) instanceof ReadOutcome.Read read) {
        out.addAll(read.articles());
      }
    }
    return out;
  }

  private static ObjectNode breakdown(List<TimedStage> stages) {
    ObjectNode node = BenchReport.mapperNode();
    stages.forEach(s -> node.put(s.name(), Math.round(s.millisPerCall() * 10) / 10.0));
    return node;
  }

  private static void rates(ObjectNode node, List<Double> rates) {
    node.put("mean", Throughput.mean(rates));
    node.put("stdev", Throughput.stdev(rates));
    ArrayNode all = node.putArray("repetitions");
    rates.forEach(all::add);
  }

  // The high-water mark of resident memory, from the kernel's view of this process.
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
