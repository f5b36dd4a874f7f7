package org.dossier.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command: reads news and answers, with evidence, who said what, who did
 * what to whom, where and when.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
    description = "Reads news and answers, with evidence: who said what, who did what to whom,"
        + " where and when.",
    subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class,
        SearchCommand.class, QuotesCommand.class, TimelineCommand.class, StoriesCommand.class,
        ExportCommand.class, StatsCommand.class, ServeCommand.class, KnowledgeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Examples:",
        "  dossier analyze article.txt                a readable summary",
        "  dossier analyze --format json article.txt  the full record as JSON",
        "  dossier analyze --format jsonl news/       one JSON line per article",
        "  cat page.txt | dossier analyze --published 2026-02-11 -",
        "  dossier extract page.txt                   clean text and metadata only",
        "  dossier ingest news/                       analyze and store",
        "  dossier serve                              the web UI over the store",
        "  dossier spark --input crawl/ --output out/ the pipeline on Apache Spark"})
public final class DossierCli implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new DossierCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorReporter());
    cli.setExitCodeExceptionMapper(ErrorReporter::exitCode);
    try {
      return cli.execute(args);
    } catch (Error e) {
      // picocli hands on errors (out of memory, a broken installation): still one line.
      return ErrorReporter.reportFatal(e, err, java.util.List.of(args).contains("--verbose"));
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
