package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingesting process with SIGKILL at random moments, then checks that the store
 * opens, holds only whole articles, that its database and index agree, and that running the
 * ingest again completes it without duplicates.
 */
class CrashSafetyTest {

  /** Kills per run; {@code -Ddossier.crash.kills=20} for a longer run. */
  private static final int KILLS = Integer.getInteger("dossier.crash.kills", 4);
  private static final int BATCH = 15;
  /** Up to this long between the awaited batches and the kill. */
  private static final int MAX_DELAY_MS = 800;
  /**
   * The killed children pause this long after each batch, so that however fast the machine a
   * round stores at most three batches and {@code MAX_DELAY_MS / PAUSE_MS} more, and every round
   * still finds batches to write; the last, unkilled child runs at full speed.
   */
  private static final int PAUSE_MS = 20;
  private static final int ARTICLES = KILLS * (4 + MAX_DELAY_MS / PAUSE_MS) * BATCH + BATCH;

  @TempDir
  Path dir;

  @Test
  void survivesSigkillAtRandomMomentsAndResumesWithoutDuplicates() throws Exception {
    Path db = dir.resolve("crash.duckdb");
    Random random = new Random(20260211L);
    long before = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      try (ChildProcess child = ChildProcess.start(dir.resolve("child-" + kill + ".log"),
          "ingest", db.toString(), Integer.toString(ARTICLES), Integer.toString(BATCH),
          Integer.toString(PAUSE_MS))) {
        assertThat(child.awaitLine("ready")).as("child opened the store").isTrue();
        for (int batches = 1 + random.nextInt(3); batches > 0; batches--) {
          assertThat(child.awaitLine("batch")).as("child wrote a batch").isTrue();
        }
        Thread.sleep(random.nextInt(MAX_DELAY_MS));
        child.kill();
      }
      long stored = assertWholeAndConsistent(db);
      assertThat(stored).as("articles never go missing").isGreaterThanOrEqualTo(before);
      before = stored;
    }
    try (ChildProcess child = ChildProcess.start(dir.resolve("final.log"), "ingest",
        db.toString(), Integer.toString(ARTICLES), Integer.toString(BATCH))) {
      assertThat(child.await()).isZero();
    }
    assertThat(assertWholeAndConsistent(db)).isEqualTo(ARTICLES);
  }

  private static long assertWholeAndConsistent(Path db) throws Exception {
    try (DossierStore store = DossierStore.open(db)) {
      StoreCheck check = store.check();
      assertThat(check.consistent()).as("database and index agree: %s", check).isTrue();
    }
    StoreInspection inside = StoreInspection.of(db);
    assertThat(inside.tornArticles()).as("articles missing records").isZero();
    assertThat(inside.duplicateIds()).as("articles stored twice").isZero();
    assertThat(inside.orphanRows()).as("records without their article").isZero();
    return inside.articles();
  }
}
