package org.dossier.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.extract.Analysis;
import org.dossier.ingest.Ingest;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.KnowledgeHome;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier ingest}: analyze news and keep it in the store, on all cores. */
@Command(name = "ingest", sortOptions = false,
    description = {"Analyze news articles and store them: articles, entities, mentions, quotes,"
        + " events and time expressions, searchable at once.",
        "Idempotent: an article already stored is skipped before analysis; a changed article"
            + " from the same URL or file replaces the old one. Each batch is committed whole,"
            + " so an interrupted ingest loses at most the batch in flight: run it again."},
    footer = {"", "Examples:",
        "  dossier ingest news/                          a folder, walked",
        "  dossier ingest --db ~/iran.duckdb feed.xml crawl.warc.gz",
        "  dossier ingest --from-parquet out/             the output of dossier spark",
        "Exit codes: 0 all stored, 2 bad usage, 3 some input failed (others were stored) or the"
            + " store is locked or unwritable, 1 internal error."})
final class IngestCommand implements Callable<Integer> {

  @Mixin
  InputOptions input;

  @Mixin
  StoreOptions store;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Analysis workers sharing one set of models (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", defaultValue = "32", paramLabel = "N",
      description = "Articles per committed batch (default: ${DEFAULT-VALUE}); a batch is also"
          + " committed after 5 s.")
  int batch;

  @Option(names = "--from-parquet",
      description = "The PATHs are folders written by dossier spark: load their analyzed"
          + " articles as they are, without analyzing them again.")
  boolean fromParquet;

  @Option(names = "--progress-seconds", defaultValue = "10", paramLabel = "S", hidden = true,
      description = "Seconds between progress lines when stderr is not a terminal.")
  int progressSeconds;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.currentTimeMillis();
    PrintWriter err = spec.commandLine().getErr();
    if (fromParquet) {
      return fromParquet(started, err);
    }
    KnowledgeBase knowledge = KnowledgeHome.fromEnvironment().knowledge();
    LazyAnalysis analysis = new LazyAnalysis(() -> Analysis.load(knowledge));
    IngestTally tally = new IngestTally();
    try (DossierStore opened = store.openForWriting();
        IngestProgress progress = new IngestProgress(err, tally, System.console() != null,
            Duration.ofSeconds(Math.max(1, progressSeconds)))) {
      StoreFeeder feeder = new StoreFeeder(opened, Math.max(1, batch), Duration.ofSeconds(5),
          tally);
      new IngestRun(Ingest.create(knowledge, input.ingestOptions()), opened, analysis, tally,
          progress, input.verbose).run(input.paths, () -> System.in, Math.max(1, threads), feeder);
      progress.close();
      err.println(summary(tally, started, analysis, opened.stats()));
    }
    return tally.failures.get() > 0 ? ExitCode.INPUT : ExitCode.OK;
  }

  private int fromParquet(long started, PrintWriter err) {
    try (DossierStore opened = store.openForWriting()) {
      ParquetImport.Tally t = new ParquetImport(opened, Math.max(1, batch), err)
          .load(input.paths);
      StoreStats stats = opened.stats();
      err.println(String.format(Locale.ROOT, "loaded %d article%s from Parquet in %.1f s: %d"
          + " stored, %d unchanged, %d replaced, %d failed; the store holds %d articles,"
          + " %d entities, %d quotes, %d events", t.read(), t.read() == 1 ? "" : "s",
          (System.currentTimeMillis() - started) / 1000.0, t.written().stored(),
          t.written().unchanged(), t.written().replaced(), t.failed(), stats.count("articles"),
          stats.count("entities"), stats.count("quotes"), stats.count("events")));
      return t.failed() > 0 ? ExitCode.INPUT : ExitCode.OK;
    }
  }

  private static String summary(IngestTally t, long started, LazyAnalysis analysis,
      StoreStats stats) {
    long now = System.currentTimeMillis();
    long ready = analysis.readyAt().orElse(started);
    double working = (now - ready) / 1000.0;
    String startup = analysis.readyAt().isPresent() ? String.format(Locale.ROOT,
        " (models loaded in %.1f s)", (ready - started) / 1000.0) : "";
    return String.format(Locale.ROOT, "ingested %d file%s in %.1f s%s: %d article%s stored"
        + " (%.2f/s), %d unchanged, %d replaced, %d failed; the store holds %d articles,"
        + " %d entities, %d quotes, %d events", t.files.get(), t.files.get() == 1 ? "" : "s",
        (now - started) / 1000.0, startup, t.stored.get(), t.stored.get() == 1 ? "" : "s",
        working > 0 ? t.stored.get() / working : 0.0, t.unchanged.get(), t.replaced.get(),
        t.failures.get(), stats.count("articles"), stats.count("entities"),
        stats.count("quotes"), stats.count("events"));
  }
}
