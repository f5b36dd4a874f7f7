package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.store.DossierStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier ingest --from-parquet} over Parquet laid out as {@code dossier spark} writes it
 * (hive partitions by publication date), written here with DuckDB so no Spark or models are
 * needed; dossier-spark's tests load the real job's output.
 */
class IngestFromParquetTest {

  @TempDir
  Path dir;

  @Test
  void loadsTheAnalyzedArticlesOfAJobOutputAndSkipsThemTheSecondTime() throws Exception {
    Path out = dir.resolve("out");
    writeArticles(out, List.of(
        analyzed("Ministers met in Geneva on Monday.", LocalDate.of(2025, 3, 3)),
        analyzed("The talks resume next week in Vienna.", null)));
    Path db = dir.resolve("store.duckdb");

    CliRun first = CliRun.of("ingest", "--from-parquet", "--db", db.toString(), out.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("loaded 2 articles from Parquet", ": 2 stored, 0 unchanged,"
        + " 0 replaced, 0 failed; the store holds 2 articles");
    try (DossierStore store = DossierStore.openReadOnly(db)) {
      assertThat(store.contains(Article.contentId("Ministers met in Geneva on Monday.")))
          .isTrue();
    }

    CliRun again = CliRun.of("ingest", "--from-parquet", "--db", db.toString(), out.toString());
    assertThat(again.err()).contains(": 0 stored, 2 unchanged");
  }

  @Test
  void aFolderThatIsNotAJobOutputIsOneErrorLineAndExitThree() {
    Path db = dir.resolve("store.duckdb");
    CliRun run = CliRun.of("ingest", "--from-parquet", "--db", db.toString(), dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err().lines().findFirst()).contains("dossier: error: " + dir
        + ": not the output of dossier spark (it has no articles folder)");
  }

  private static AnalyzedArticle analyzed(String text, LocalDate published) {
    var builder = Article.builder("page-" + text.length() + ".txt", text);
    if (published != null) {
      builder.published(published);
    }
    return AnalyzedArticle.of(builder.build(), List.of(), List.of(), List.of(), List.of());
  }

  private static void writeArticles(Path out, List<AnalyzedArticle> articles) throws Exception {
    Files.createDirectories(out);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      statement.execute("CREATE TABLE articles (id VARCHAR, origin VARCHAR,"
          + " contract_json VARCHAR, published_date VARCHAR)");
      try (PreparedStatement insert = duck.prepareStatement(
          "INSERT INTO articles VALUES (?, ?, ?, ?)")) {
        for (AnalyzedArticle a : articles) {
          insert.setString(1, a.article().id());
          insert.setString(2, a.article().source());
          insert.setString(3, DossierJson.toJsonLine(a));
          insert.setString(4, a.article().published().map(LocalDate::toString)
              .orElse("undated"));
          insert.executeUpdate();
        }
      }
      statement.execute("COPY articles TO '" + out.resolve("articles")
          + "' (FORMAT parquet, PARTITION_BY (published_date))");
    }
  }
}
