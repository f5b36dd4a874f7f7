package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index is a copy of the database: lost or damaged, it is rebuilt on open. */
class IndexRepairTest {

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void storeTwentyArticles() {
    db = dir.resolve("store.duckdb");
    try (DossierStore store = DossierStore.open(db)) {
      List<StoreItem> items = new ArrayList<>();
      for (int n = 0; n < 20; n++) {
        items.add(StoreItem.of(SyntheticArticles.nth(n)));
      }
      store.write(items);
    }
  }

  @Test
  void aReaderRebuildsAMissingIndex() throws Exception {
    deleteIndex();
    try (DossierStore store = DossierStore.openReadOnly(db)) {
      assertThat(store.search("deal", Filters.none(), 5).total()).isEqualTo(20);
      assertThat(store.check().consistent()).isTrue();
    }
  }

  @Test
  void aWriterRebuildsACorruptIndex() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(db + ".lucene"))) {
      for (Path file : files.toList()) {
        Files.write(file, "not a lucene file".getBytes());
      }
    }
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.check().consistent()).isTrue();
      assertThat(store.quotes("", Filters.none().withSpeaker("Trump"), 100).total())
          .isEqualTo(13);
    }
  }

  private void deleteIndex() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of(db + ".lucene"))) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
