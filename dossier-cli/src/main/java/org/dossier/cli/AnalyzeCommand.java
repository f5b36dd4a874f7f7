package org.dossier.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.extract.Analysis;
import org.dossier.ingest.Ingest;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.KnowledgeHome;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.DossierJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier analyze}: the full analysis of each article, printed; no store needed. */
@Command(name = "analyze", sortOptions = false,
    description = {"Analyze news articles: entities, time expressions, quotes and events.",
        "Reads pages saved as text; prints a summary, or the full record with --format json."},
    footer = {"", "Prints `analyzed N articles in X s (R articles/s), startup S s` on stderr.",
        "Exit codes: 0 all read, 2 bad usage, 3 some input could not be read, 1 internal error."})
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin
  InputOptions input;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text (a summary), json (one pretty object per article) or jsonl (one line"
          + " per article). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Worker threads sharing one set of models (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KnowledgeBase knowledge = KnowledgeHome.fromEnvironment().knowledge();
    Ingest ingest = Ingest.create(knowledge, input.ingestOptions());
    LazyAnalysis analysis = new LazyAnalysis(() -> Analysis.load(knowledge));
    BatchRunner batch = new BatchRunner(ingest, out, err, input.verbose, threads);
    int code = batch.run(input.paths, () -> System.in,
        article -> render(analysis.get().analyze(article)));
    err.println(timing(batch.articles(), analysis));
    return code;
  }

  private String render(AnalyzedArticle analyzed) {
    return switch (format) {
      case json -> DossierJson.toJson(analyzed);
      case jsonl -> DossierJson.toJsonLine(analyzed);
      case text -> new TextSummary().render(analyzed);
    };
  }

  private static String timing(int articles, LazyAnalysis analysis) {
    long now = System.currentTimeMillis();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long ready = analysis.readyAt().orElse(now);
    double startup = (ready - jvmStart) / 1000.0;
    double seconds = (now - ready) / 1000.0;
    double rate = seconds > 0 ? articles / seconds : 0;
    return String.format(Locale.ROOT, "analyzed %d article%s in %.2f s (%.2f articles/s), startup %.2f s",
        articles, articles == 1 ? "" : "s", seconds, rate, startup);
  }
}
