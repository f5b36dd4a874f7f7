package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.cli.DossierCli;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.spark.pipeline.ExecutorModels;
import org.dossier.spark.table.OutputTable;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode over a small crawl — a CC-NEWS style WARC of AEB pages plus the seed
 * article as text when ../shared is here, else the repository's example article as a page and
 * as text — against the single-machine pipeline ({@code dossier analyze}: ingest, then
 * analysis) over the same files. Runs the job once and checks it from several sides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlJobIT {

  private Path dir;
  private Path crawl;
  private Path out;
  private Map<String, AnalyzedArticle> expected;

  @BeforeAll
  void runTheJobOverASmallCrawl(@TempDir Path temp) throws Exception {
    dir = temp;
    crawl = Files.createDirectories(dir.resolve("crawl"));
    Optional<Path> shared = shared();
    if (shared.isPresent()) {
      CrawlFiles.warc(crawl.resolve("CC-NEWS-20260211-00000.warc.gz"),
          CrawlFiles.aebPages(shared.get(), 3));
      Files.copy(shared.get().resolve("seed/rudaw-2026-02-11-trump-iran-netanyahu.txt"),
          crawl.resolve("rudaw-2026-02-11-trump-iran-netanyahu.txt"));
    } else {
      List<String> paragraphs = CrawlFiles.exampleParagraphs();
      CrawlFiles.warc(crawl.resolve("CC-NEWS-20150714-00000.warc.gz"), List.of(CrawlFiles.asPage(
          "https://news.example/2015/07/14/iran-deal",
          "Iran and world powers reach nuclear deal after marathon talks in Vienna",
          "2015-07-14", paragraphs)));
      // The same story as text, one paragraph shorter: another article, another id.
      String text = Files.readString(CrawlFiles.EXAMPLE);
      String last = paragraphs.get(paragraphs.size() - 1);
      Files.writeString(crawl.resolve("vienna.txt"), text.replace(last, ""));
    }
    expected = singleMachine(crawl);
    out = dir.resolve("out");
    JobSummary summary = new CrawlJob(LocalSpark.session(), 0, IngestOptions.defaults())
        .run(List.of(crawl.toString()), out.toString());
    assertThat(summary.articles()).isEqualTo(expected.size());
  }

  @Test
  void eachArticleRowHoldsWhatTheSingleMachinePipelineGives() {
    Map<String, String> written = new TreeMap<>();
    for (Row row : table(OutputTable.ARTICLES)) {
      written.put(row.getAs("source"), row.getAs("contract_json"));
    }
    Map<String, String> wanted = new TreeMap<>();
    expected.forEach((source, analyzed) -> wanted.put(source, DossierJson.toJsonLine(analyzed)));
    assertThat(written.keySet()).containsExactlyElementsOf(wanted.keySet());
    assertThat(written).containsExactlyInAnyOrderEntriesOf(wanted);
  }

  @Test
  void theChildTablesHoldARowPerQuoteEventEntityMentionAndTime() {
    List<AnalyzedArticle> all = List.copyOf(expected.values());
    assertThat(all.stream().mapToInt(a -> a.quotes().size()).sum()).isPositive();
    assertThat(table(OutputTable.QUOTES)).hasSize(all.stream().mapToInt(a -> a.quotes().size())
        .sum());
    assertThat(table(OutputTable.EVENTS)).hasSize(all.stream().mapToInt(a -> a.events().size())
        .sum());
    assertThat(table(OutputTable.ENTITIES)).hasSize(all.stream()
        .mapToInt(a -> a.entities().size()).sum());
    assertThat(table(OutputTable.MENTIONS)).hasSize(all.stream().flatMap(a -> a.entities()
        .stream()).mapToInt(e -> e.mentions().size()).sum());
    assertThat(table(OutputTable.TIMES)).hasSize(all.stream().mapToInt(a -> a.times().size())
        .sum());
    List<String> quoted = table(OutputTable.QUOTES).stream().map(r -> (String) r.getAs("text"))
        .sorted().toList();
    assertThat(quoted).containsExactlyElementsOf(all.stream().flatMap(a -> a.quotes().stream())
        .map(q -> q.text()).sorted().toList());
  }

  @Test
  void everyTableIsPartitionedByPublicationDate() throws Exception {
    for (Row row : table(OutputTable.ARTICLES)) {
      AnalyzedArticle analyzed = expected.get((String) row.getAs("source"));
      String partition = analyzed.article().published().map(Object::toString)
          .orElse(OutputTable.UNDATED);
      assertThat((String) row.getAs(OutputTable.PARTITION)).isEqualTo(partition);
      assertThat(out.resolve("articles").resolve(OutputTable.PARTITION + "=" + partition))
          .isDirectory();
    }
    assertThat(out.resolve("quarantine")).isDirectory();
    assertThat(table("quarantine")).isEmpty();
  }

  @Test
  void ingestFromParquetLoadsTheJobOutputIntoTheStore() {
    Path db = dir.resolve("store.duckdb");
    StringWriter err = new StringWriter();
    int code = DossierCli.run(new String[] {"ingest", "--from-parquet", "--db", db.toString(),
        out.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    // The store keeps one copy of an article read twice (same text, same id).
    Map<String, AnalyzedArticle> distinct = new TreeMap<>();
    expected.values().forEach(a -> distinct.putIfAbsent(a.article().id(), a));
    try (DossierStore store = DossierStore.openReadOnly(db)) {
      StoreStats stats = store.stats();
      assertThat(stats.count("articles")).isEqualTo(distinct.size());
      assertThat(stats.count("quotes")).isEqualTo(distinct.values().stream()
          .mapToLong(a -> a.quotes().size()).sum());
      assertThat(stats.count("events")).isEqualTo(distinct.values().stream()
          .mapToLong(a -> a.events().size()).sum());
      expected.values().forEach(a -> assertThat(store.contains(a.article().id())).isTrue());
    }
  }

  @Test
  void theJobRefusesAnOutputThatExistsAndAMissingInput() {
    CrawlJob job = new CrawlJob(LocalSpark.session(), 0, IngestOptions.defaults());
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(JobException.class,
        () -> job.run(List.of(crawl.toString()), out.toString())).describe())
        .endsWith("already exists; the job writes a new folder, name one that does not exist");
    Path missing = dir.resolve("no-such-crawl");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(JobException.class,
        () -> job.run(List.of(missing.toString()), dir.resolve("out2").toString())).describe())
        .isEqualTo(missing + ": no such file or folder");
    assertThat(dir.resolve("out2")).doesNotExist();
  }

  private List<Row> table(OutputTable table) {
    return table(table.tableName());
  }

  private List<Row> table(String name) {
    SparkSession spark = LocalSpark.session();
    var schema = name.equals("quarantine") ? OutputTable.QUARANTINE
        : OutputTable.valueOf(name.toUpperCase(java.util.Locale.ROOT)).schema();
    return spark.read().schema(schema).parquet(out.resolve(name).toString()).collectAsList();
  }

  /** What ingest then analysis give for each file, keyed by article source. */
  private static Map<String, AnalyzedArticle> singleMachine(Path crawl) throws Exception {
    Map<String, AnalyzedArticle> analyzed = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.list(crawl)) {
      files = walk.sorted().toList();
    }
    for (Path file : files) {
      ReadOutcome outcome = Ingest.create(ExecutorModels.knowledge(), IngestOptions.defaults())
          .read(Source.of(file));
      assertThat(outcome).as(file.toString()).isInstanceOf(ReadOutcome.Read.class);
      List<Article> articles = new ArrayList<>(((ReadOutcome.Read) outcome).articles());
      for (Article article : articles) {
        analyzed.put(article.source(), ExecutorModels.analysis().analyze(article));
      }
    }
    return analyzed;
  }

  private static Optional<Path> shared() {
    Path shared = Path.of(System.getProperty("dossier.shared", "../shared"));
    return Files.isDirectory(shared.resolve("eval/aeb"))
        && Files.isDirectory(shared.resolve("seed")) ? Optional.of(shared) : Optional.empty();
  }
}
