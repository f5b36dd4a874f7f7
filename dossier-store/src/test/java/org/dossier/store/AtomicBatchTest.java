package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicBatchTest {

  @TempDir
  Path dir;

  @Test
  void aBatchThatFailsHalfwayStoresNothingAndTheStoreGoesOn() {
    AnalyzedArticle good = SyntheticArticles.nth(1);
    // A date beyond DuckDB's calendar (year 5,881,580) makes the database reject the row.
    Article broken = Article.builder("broken.txt", "Broken text").published(
        LocalDate.of(99_999_999, 1, 1)).build();
    AnalyzedArticle bad = AnalyzedArticle.of(broken, List.of(), List.of(), List.of(), List.of());
    try (DossierStore store = DossierStore.open(dir.resolve("atomic.duckdb"))) {
      assertThatThrownBy(() -> store.write(List.of(StoreItem.of(good), StoreItem.of(bad))))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("write failed, nothing of this batch was stored");
      assertThat(store.stats().count("articles")).isZero();
      assertThat(store.stats().count("quotes")).isZero();
      assertThat(store.write(List.of(StoreItem.of(good))).stored()).isEqualTo(1);
      assertThat(store.check().consistent()).isTrue();
    }
  }
}
