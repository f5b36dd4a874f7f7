package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLockTest {

  @TempDir
  Path dir;

  @Test
  void aSecondWriterInAnotherProcessGetsAClearLockErrorAndTheStoreStaysIntact() throws Exception {
    Path db = dir.resolve("locked.duckdb");
    try (DossierStore store = DossierStore.open(db)) {
      store.write(List.of(StoreItem.of(SyntheticArticles.nth(1))));
    }
    try (ChildProcess holder = ChildProcess.start(dir.resolve("hold.log"), "hold", db.toString())) {
      assertThat(holder.awaitLine("ready")).isTrue();
      String expected = "store " + db.toAbsolutePath() + " is locked by another dossier process"
          + " (pid " + holder.pid() + ")";
      assertThatThrownBy(() -> DossierStore.open(db)).isInstanceOf(StoreLockedException.class)
          .hasMessage(expected + "; only one process may write a store");
      assertThatThrownBy(() -> DossierStore.openReadOnly(db))
          .isInstanceOf(StoreLockedException.class)
          .hasMessage(expected + "; wait for it to finish");
    }
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.stats().count("articles")).isEqualTo(1);
      assertThat(store.check().consistent()).isTrue();
    }
  }

  @Test
  void aSecondWriterInTheSameProcessIsRefusedToo() {
    Path db = dir.resolve("twice.duckdb");
    try (DossierStore store = DossierStore.open(db)) {
      assertThatThrownBy(() -> DossierStore.open(db)).isInstanceOf(StoreLockedException.class)
          .hasMessageContaining("is locked by another dossier process (pid "
              + ProcessHandle.current().pid() + ")");
      store.write(List.of(StoreItem.of(SyntheticArticles.article(1, SyntheticArticles.TRUMP,
          SyntheticArticles.ARAGHCHI, LocalDate.of(2026, 2, 6)))));
    }
    try (DossierStore again = DossierStore.open(db)) {
      assertThat(again.stats().count("articles")).isEqualTo(1);
    }
  }
}
