package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest paths that need no models: bad inputs, and articles the store already holds. */
class IngestCommandTest {

  private static final String STORY = "World\n\nMinisters meet in Geneva to resume talks\n\n"
      + "March 3, 2025 • 2 min read\n\nGENEVA (AP) — The ministers met on Monday and agreed to"
      + " meet again next week, officials said.\n";

  @TempDir
  Path dir;

  @Test
  void reportsEachBadInputOnOneLineAndExitsWithThree() throws Exception {
    Path db = dir.resolve("store.duckdb");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    CliRun run = CliRun.of("ingest", "--db", db.toString(), dir.resolve("empty.txt").toString(),
        dir.resolve("missing.txt").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err().lines().toList()).containsExactly(
        "dossier: error: " + dir.resolve("empty.txt") + ": empty file",
        "dossier: error: " + dir.resolve("missing.txt") + ": no such file or directory",
        "ingested 2 files in " + seconds(run) + " s: 0 articles stored (0.00/s), 0 unchanged,"
            + " 0 replaced, 2 failed; the store holds 0 articles, 0 entities, 0 quotes, 0 events");
    assertThat(db).exists();
  }

  @Test
  void skipsAnArticleTheStoreHoldsWithoutAnalyzingIt() throws Exception {
    Path page = Files.writeString(dir.resolve("page.txt"), STORY);
    Path db = dir.resolve("store.duckdb");
    Article article = read(page);
    try (DossierStore store = DossierStore.open(db)) {
      store.write(List.of(StoreItem.of(AnalyzedArticle.of(article, List.of(), List.of(),
          List.of(), List.of()))));
    }
    CliRun run = CliRun.of("ingest", "--db", db.toString(), page.toString(), page.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(": 0 articles stored (0.00/s), 2 unchanged, 0 replaced,"
        + " 0 failed; the store holds 1 articles");
  }

  @Test
  void originIsTheUrlOrTheFileOrTheFileAndPlace() {
    Article withUrl = Article.builder("feed.xml", "a").url("https://x.org/a").build();
    Article plain = Article.builder("feed.xml", "b").build();
    ReadOutcome.Read feed = new ReadOutcome.Read("feed.xml", List.of(withUrl, plain), List.of());
    assertThat(IngestRun.origin(feed, 0)).isEqualTo("https://x.org/a");
    assertThat(IngestRun.origin(feed, 1)).isEqualTo("feed.xml#2");
    ReadOutcome.Read page = new ReadOutcome.Read("page.txt", List.of(plain), List.of());
    assertThat(IngestRun.origin(page, 0)).isEqualTo("page.txt");
    ReadOutcome.Read stdin = new ReadOutcome.Read("-", List.of(plain), List.of());
    assertThat(IngestRun.origin(stdin, 0)).isEqualTo("stdin:" + plain.id());
  }

  private static Article read(Path page) {
    Ingest ingest = Ingest.create(KnowledgeBase.builtIn(), IngestOptions.defaults());
    return ((ReadOutcome.Read) ingest.read(Source.of(page))).articles().get(0);
  }

  private static String seconds(CliRun run) {
    return run.err().replaceAll("(?s).*ingested \\d+ files in ([0-9.]+) s.*", "$1");
  }
}
