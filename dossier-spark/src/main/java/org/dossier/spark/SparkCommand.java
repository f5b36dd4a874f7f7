package org.dossier.spark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.DossierException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code dossier spark}: the pipeline over a crawl on Apache Spark. Runs in local mode from the
 * {@code ./dossier} launcher, or on a cluster through {@code spark-submit}, which supplies the
 * master.
 */
@Command(name = "dossier spark", mixinStandardHelpOptions = true, sortOptions = false,
    version = "dossier spark 0.1.0",
    description = {"Analyze a crawl on Apache Spark: WARC (CC-NEWS), JSON Lines, HTML or text"
        + " files from any Hadoop file system, into Parquet tables (articles, entities, mentions,"
        + " quotes, events, times; partitioned by publication date) and a quarantine table of"
        + " what failed.",
        "Load the result into a local store with: dossier ingest --from-parquet DIR"},
    footer = {"", "Examples:",
        "  dossier spark --input crawl/ --output out/",
        "  spark-submit --class org.dossier.spark.SparkCommand \\",
        "      dossier-spark-cluster.jar --input s3a://bucket/cc-news/2024/08/ \\",
        "      --output s3a://bucket/dossier/2024-08/",
        "Exit codes: 0 done (bad records are in the quarantine table), 2 bad usage, 3 an input is"
            + " missing or the output exists, 1 internal error."})
public final class SparkCommand implements Callable<Integer> {

  @Option(names = {"-i", "--input"}, arity = "1..*", required = true, paramLabel = "PATH",
      description = "Files, folders (walked) or globs to read, on any Hadoop file system.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "The folder to write the tables to; it must not exist yet.")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gives, else local[*]).")
  String master;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Analysis tasks (default: four per core of the cluster).")
  int partitions;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none; it anchors relative dates"
          + " such as \"on Friday\".")
  LocalDate published;

  @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "64",
      description = "Largest input file (or WARC record) accepted, in MiB; larger ones go to"
          + " the quarantine table (default: ${DEFAULT-VALUE}).")
  int maxInputMb;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new SparkCommand()).execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    // spark-submit passes its master as a system property; read it before Spark logs anything.
    String url = master != null ? master : System.getProperty("spark.master", "local[*]");
    if (url.startsWith("local") && System.getProperty("log4j2.configurationFile") == null) {
      // On a laptop, Spark's INFO lines would bury the summary; a cluster keeps its own config.
      System.setProperty("log4j2.configurationFile", "dossier-spark-log4j2.properties");
    }
    SparkSession spark = SparkSession.builder().appName("dossier").master(url)
        .config("spark.ui.showConsoleProgress", "false")
        // The events table has 27 columns; Spark warns when a plan has more than 25.
        .config("spark.sql.debug.maxToStringFields", "64").getOrCreate();
    try {
      IngestOptions reading = IngestOptions.defaults().withMaxBytes(maxInputMb * 1024L * 1024L);
      JobSummary summary = new CrawlJob(spark, partitions,
          published == null ? reading : reading.withDefaultPublished(published))
          .run(inputs, output);
      err.println("dossier spark: " + summary.describe() + "; tables in " + output);
      return 0;
    } catch (DossierException e) {
      err.println("dossier spark: error: " + e.describe());
      return 3;
    } finally {
      spark.stop();
    }
  }
}
