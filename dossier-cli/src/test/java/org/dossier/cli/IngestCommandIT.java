package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the shipped example with the real models, then asks the store about it. */
class IngestCommandIT {

  private static final Path EXAMPLE = Path.of("../examples/vienna-2015-07-14-iran-nuclear-deal.txt");

  @TempDir
  Path dir;

  @Test
  void ingestsTheExampleOnceAndAnswersQuestionsAboutIt() throws Exception {
    Path db = dir.resolve("dossier.duckdb");
    Path news = Files.createDirectories(dir.resolve("news"));
    Files.copy(EXAMPLE, news.resolve("vienna.txt"));
    Files.write(news.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    CliRun first = CliRun.of("ingest", "--db", db.toString(), news.toString());
    assertThat(first.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(first.err()).contains("dossier: error: " + news.resolve("broken.png"))
        .containsPattern("ingested 2 files in [0-9.]+ s \\(models loaded in [0-9.]+ s\\): 1"
            + " article stored \\([0-9.]+/s\\), 0 unchanged, 0 replaced, 1 failed")
        .doesNotContain("\tat ");

    CliRun again = CliRun.of("ingest", "--db", db.toString(), news.resolve("vienna.txt").toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("0 articles stored (0.00/s), 1 unchanged")
        .doesNotContain("models loaded");

    JsonNode stats = DossierJson.mapper().readTree(
        CliRun.of("stats", "--db", db.toString(), "--format", "json").out());
    assertThat(stats.get("articles").asLong()).isEqualTo(1);
    assertThat(stats.get("quotes").asLong()).isPositive();
    assertThat(stats.get("events").asLong()).isPositive();

    CliRun search = CliRun.of("search", "--db", db.toString(), "nuclear", "--speaker", "Obama");
    assertThat(search.out()).contains("Iran and world powers reach nuclear deal");
    CliRun timeline = CliRun.of("timeline", "--db", db.toString(), "--actor", "Obama",
        "--format", "json");
    assertThat(DossierJson.mapper().readTree(timeline.out()).get("results")).isNotEmpty();
  }
}
