package org.dossier.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.html.HtmlArticleReader;

/**
 * Runs Dossier's HTML reader (main text and all metadata, as {@code dossier extract} does) over
 * the benchmark pages on the calling thread: warm-up rounds first, then one timed pass.
 */
public final class DossierExtraction {

  private final HtmlArticleReader reader;
  private final int warmupRounds;

  public DossierExtraction(HtmlArticleReader reader, int warmupRounds) {
    this.reader = reader;
    this.warmupRounds = warmupRounds;
  }

  public SystemRun run(List<AebPage> pages, String version) {
    for (int round = 0; round < warmupRounds; round++) {
      pages.forEach(this::extract);
    }
    Map<String, String> texts = new HashMap<>();
    List<Double> millis = new ArrayList<>();
    long start = System.nanoTime();
    for (AebPage page : pages) {
      long t0 = System.nanoTime();
      texts.put(page.id(), extract(page));
      millis.add((System.nanoTime() - t0) / 1e6);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new SystemRun("dossier", version, texts, seconds, millis);
  }

  /** The text Dossier extracts from {@code page}; empty when it finds none. */
  public String extract(AebPage page) {
    try {
      return reader.read(page.id(), page.html(), Optional.of(page.url())).text();
    } catch (IngestException e) {
      return "";
    }
  }
}
