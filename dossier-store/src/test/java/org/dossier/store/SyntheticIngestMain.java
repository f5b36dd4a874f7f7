package org.dossier.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for crash and lock tests. {@code ingest DB N BATCH [PAUSE_MS]} writes synthetic
 * articles 0..N-1 in batches of BATCH, pausing PAUSE_MS (default 0) after each, printing
 * {@code ready} once the store is open and {@code batch K} after each commit that stored
 * articles; {@code hold DB} opens the store, prints
 * {@code ready} and waits to be killed; {@code export DB DIR [TIMES]} prints {@code ready}, then
 * exports the store as CSV to DIR, TIMES times over (default once), printing {@code exported}
 * after each.
 */
public final class SyntheticIngestMain {

  private SyntheticIngestMain() {
  }

  public static void main(String[] args) throws InterruptedException {
    Path db = Path.of(args[1]);
    try (DossierStore store = DossierStore.open(db)) {
      System.out.println("ready");
      System.out.flush();
      if (args[0].equals("hold")) {
        Thread.sleep(60_000);
        return;
      }
      if (args[0].equals("export")) {
        // Again and again, so that a kill at any moment lands inside some table's copy.
        int times = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int i = 0; i < times; i++) {
          store.export(Path.of(args[2]), ExportFormat.CSV);
          System.out.println("exported");
          System.out.flush();
        }
        return;
      }
      int total = Integer.parseInt(args[2]);
      int batchSize = Integer.parseInt(args[3]);
      long pause = args.length > 4 ? Long.parseLong(args[4]) : 0;
      for (int from = 0; from < total; from += batchSize) {
        List<StoreItem> batch = new ArrayList<>();
        for (int n = from; n < Math.min(total, from + batchSize); n++) {
          batch.add(StoreItem.of(SyntheticArticles.nth(n)));
        }
        WriteResult result = store.write(batch);
        System.out.println((result.stored() > 0 ? "batch " : "skipped ") + result.batch()
            + " stored " + result.stored());
        System.out.flush();
        Thread.sleep(pause);
      }
    }
  }
}
