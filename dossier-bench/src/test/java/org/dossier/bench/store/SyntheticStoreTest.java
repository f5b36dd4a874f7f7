package org.dossier.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dossier.store.DossierStore;
import org.dossier.store.Filters;
import org.dossier.store.StoreCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStoreTest {

  @TempDir
  Path dir;

  @Test
  void generatesAStoreTheStoreCanIndexAndQuery() throws Exception {
    Path db = dir.resolve("synthetic.duckdb");
    new SyntheticStore(2_000).generate(db);
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.stats().count("articles")).isEqualTo(200);
      assertThat(store.stats().count("events")).isEqualTo(2_000);
      assertThat(store.stats().count("quotes")).isEqualTo(600);
      StoreCheck check = store.check();
      assertThat(check.consistent()).as("%s", check).isTrue();
      assertThat(store.search("talks", Filters.none(), 5).total()).isPositive();
      assertThat(store.timeline(Filters.none().withActor("Anna Abbasi"), 10).total())
          .isPositive();
      assertThat(new QueryWorkload(store, 1).run(5)).hasSize(3)
          .allSatisfy(l -> assertThat(l.percentile(95)).isPositive());
    }
  }
}
