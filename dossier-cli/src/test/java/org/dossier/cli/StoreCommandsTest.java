package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.DossierJson;
import org.dossier.store.DossierStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void createStore() {
    db = dir.resolve("news.duckdb");
    StoredNews.create(db);
  }

  @Test
  void statsPrintsTheCountsObjectAsJson() throws Exception {
    CliRun run = CliRun.of("stats", "--db", db.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode counts = DossierJson.mapper().readTree(run.out());
    assertThat(counts.get("articles").asLong()).isEqualTo(2);
    assertThat(counts.get("quotes").asLong()).isEqualTo(2);
    assertThat(counts.get("events").asLong()).isEqualTo(2);
    assertThat(counts.get("entities").asLong()).isEqualTo(2);
    assertThat(counts.has("results")).isFalse();
  }

  @Test
  void searchPrintsAnAlignedTableForPeopleAndResultsForPrograms() throws Exception {
    CliRun text = CliRun.of("search", "--db", db.toString(), "nothing", "definitive");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out().lines().findFirst().orElseThrow())
        .matches("PUBLISHED\\s+TITLE\\s+SNIPPET");
    assertThat(text.out()).contains("2026-02-11  Trump says talks with Iran must go on")
        .contains("(1 result)");
    CliRun json = CliRun.of("search", "--db", db.toString(), "--format", "json", "--speaker",
        "trump");
    JsonNode results = DossierJson.mapper().readTree(json.out()).get("results");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("article").get("title").asText())
        .isEqualTo("Trump says talks with Iran must go on");
  }

  @Test
  void quotesAndTimelineNameTheSpeakerAndTheEvidence() throws Exception {
    CliRun quotes = CliRun.of("quotes", "--db", db.toString(), "--speaker", "Araghchi");
    assertThat(quotes.exitCode()).isZero();
    assertThat(quotes.out()).contains("Abbas Araghchi").contains("“We will not negotiate under"
        + " threats,”");
    CliRun timeline = CliRun.of("timeline", "--db", db.toString(), "--actor", "Trump",
        "--format", "json");
    JsonNode entries = DossierJson.mapper().readTree(timeline.out()).get("results");
    assertThat(entries).extracting(e -> e.get("kind").asText())
        .containsExactly("event", "quote");
    assertThat(entries.get(0).get("evidence").asText())
        .isEqualTo("Donald Trump met Benjamin Netanyahu at the White House.");
  }

  @Test
  void storiesTellTheUsIranStory() {
    CliRun run = CliRun.of("stories", "--db", db.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Iran – United States: talks, rejection (Feb 2026)\n")
        .contains("2 articles, 2 events");
  }

  @Test
  void exportWritesEveryTable() {
    Path out = dir.resolve("export");
    CliRun run = CliRun.of("export", "--db", db.toString(), "--to", out.toString(), "--format",
        "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("events.csv")).exists();
    assertThat(out.resolve("gdelt_events.csv")).exists();
    assertThat(out.resolve("events.plover.jsonl")).exists();
    assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(
        out.resolve("quotes.csv").toString()) + " +2\n");
  }

  @Test
  void aMissingStoreIsNamedWithoutAStackTrace() {
    Path missing = dir.resolve("nowhere.duckdb");
    CliRun run = CliRun.of("search", "--db", missing.toString(), "iran");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo("dossier: error: " + missing.toAbsolutePath()
        + ": no store here; create one with `dossier ingest` or name an existing one with"
        + " --db FILE\n");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aBadDateOrQueryIsAUsageError() {
    CliRun date = CliRun.of("quotes", "--db", db.toString(), "--from", "2026-13-01");
    assertThat(date.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(date.err()).contains("'2026-13-01' is not a date; expected YYYY-MM-DD");
    CliRun query = CliRun.of("search", "--db", db.toString(), "iran AND (");
    assertThat(query.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(query.err()).contains("could not parse query 'iran AND ('");
    CliRun noActor = CliRun.of("timeline", "--db", db.toString());
    assertThat(noActor.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noActor.err()).contains("Missing required option: '--actor=NAME'");
  }

  @Test
  void aLockedStoreIsReportedWithTheHoldersPid() throws Exception {
    Path page = Files.writeString(dir.resolve("page.txt"), "World\n\nA headline\n\nSome text.\n");
    try (DossierStore writer = DossierStore.open(db)) {
      CliRun run = CliRun.of("ingest", "--db", db.toString(), page.toString());
      assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
      assertThat(run.err()).isEqualTo("dossier: error: store " + db.toAbsolutePath()
          + " is locked by another dossier process (pid " + ProcessHandle.current().pid()
          + "); only one process may write a store\n");
      CliRun read = CliRun.of("stats", "--db", db.toString());
      assertThat(read.err()).contains("is locked by another dossier process");
    }
  }
}
