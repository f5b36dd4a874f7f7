package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers query while a writer commits batches: they never fail and only see whole batches. */
class ConcurrentReadersTest {

  private static final int BATCH = 10;
  private static final int BATCHES = 12;

  @TempDir
  Path dir;

  @Test
  void readersSeeWholeBatchesWhileAWriterCommits() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("busy.duckdb"))) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicInteger reads = new AtomicInteger();
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        Thread reader = new Thread(() -> {
          while (writing.get()) {
            try {
              long seen = store.search("deal", Filters.none(), 5).total();
              long quotes = store.quotes("", Filters.none().withSpeaker("Trump"), 5).total();
              long articles = store.stats().count("articles");
              assertThat(seen % BATCH).as("search sees whole batches").isZero();
              assertThat(articles % BATCH).as("database sees whole batches").isZero();
              assertThat(quotes).isLessThanOrEqualTo(articles * SyntheticArticles.QUOTES);
              reads.incrementAndGet();
            } catch (Throwable e) {
              failures.add(e);
            }
          }
        });
        reader.start();
        readers.add(reader);
      }
      for (int b = 0; b < BATCHES; b++) {
        List<StoreItem> batch = new ArrayList<>();
        for (int n = b * BATCH; n < (b + 1) * BATCH; n++) {
          batch.add(StoreItem.of(SyntheticArticles.nth(n)));
        }
        store.write(batch);
      }
      writing.set(false);
      for (Thread reader : readers) {
        reader.join();
      }
      assertThat(failures).isEmpty();
      assertThat(reads.get()).isPositive();
      assertThat(store.search("deal", Filters.none(), 5).total()).isEqualTo(BATCH * BATCHES);
    }
  }
}
