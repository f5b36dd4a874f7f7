package org.dossier.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.store.DossierStore;
import org.dossier.store.Filters;
import org.dossier.store.StoreItem;
import org.dossier.store.StoreSettings;
import org.dossier.store.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexUpdaterTest {

  @TempDir
  Path dir;

  @Test
  void aRebuildReadsTheDatabaseInSlicesAndMissesNoArticle() throws Exception {
    Path db = dir.resolve("store.duckdb");
    try (DossierStore store = DossierStore.open(db)) {
      List<StoreItem> items = new ArrayList<>();
      for (int n = 0; n < 23; n++) {
        items.add(StoreItem.of(SyntheticArticles.nth(n)));
      }
      store.write(items);
    }
    try (Stream<Path> files = Files.walk(Path.of(db + ".lucene"))) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    StoreFiles files = new StoreFiles(db);
    try (Database database = Database.open(files, false, StoreSettings.defaults());
        SearchIndex index = SearchIndex.openWritable(files)) {
      // Slices of 5 over 23 articles: the last slice is short, none overlaps, none is skipped.
      IndexUpdater updater = new IndexUpdater(database, index, 5);
      assertThat(updater.catchUp()).isPositive();
      assertThat(updater.current()).isTrue();
    }
    try (DossierStore store = DossierStore.openReadOnly(db)) {
      assertThat(store.check().consistent()).isTrue();
      assertThat(store.search("deal", Filters.none(), 50).total()).isEqualTo(23);
    }
  }
}
