package org.dossier.bench.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dossier.bench.BenchReport;
import org.dossier.extract.Analysis;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreItem;

/**
 * The ingest rate on the article-extraction-benchmark pages: read, analyze on a worker per core
 * sharing one {@link Analysis}, store in batches of 32 — the path of {@code dossier ingest} —
 * timing the analysis and the store writes apart. Then the analyzed articles are written again
 * into a fresh store alone, to give the store's own write rate.
 */
final class IngestRate {

  private static final int BATCH = 32;

  private final Path pages;
  private final Path folder;
  private final int threads;
  private int failures;

  IngestRate(Path pages, Path folder, int threads) {
    this.pages = pages;
    this.folder = folder;
    this.threads = threads;
  }

  ObjectNode run() throws Exception {
    KnowledgeBase knowledge = KnowledgeBase.builtIn();
    List<Article> articles = read(Ingest.create(knowledge, IngestOptions.defaults()));
    long t0 = System.nanoTime();
    Analysis analysis = Analysis.load(knowledge);
    long t1 = System.nanoTime();
    List<AnalyzedArticle> analyzed = analyze(analysis, articles);
    long t2 = System.nanoTime();
    double writeAlone = writeAll(folder.resolve("again.duckdb"), analyzed);
    ObjectNode node = BenchReport.mapperNode();
    node.put("pages", articles.size());
    node.put("analysisFailures", failures);
    node.put("threads", threads);
    node.put("modelLoadSeconds", Latencies.round((t1 - t0) / 1e9));
    node.put("analyzeAndStoreSeconds", Latencies.round((t2 - t1) / 1e9));
    node.put("articlesPerSecond", Latencies.round(analyzed.size() / ((t2 - t1) / 1e9)));
    node.put("storeOnlySeconds", Latencies.round(writeAlone));
    node.put("storeOnlyArticlesPerSecond", Latencies.round(analyzed.size() / writeAlone));
    node.put("events", analyzed.stream().mapToInt(a -> a.events().size()).sum());
    node.put("quotes", analyzed.stream().mapToInt(a -> a.quotes().size()).sum());
    return node;
  }

  private List<Article> read(Ingest ingest) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(pages)) {
      for (Path file : files.sorted().toList()) {
        if (ingest.read(Source.of(file)) instanceof ReadOutcome.Read read) {
          articles.addAll(read.articles());
        }
      }
    }
    return articles;
  }

  // Analyzes on the workers and stores in batches as results come, like `dossier ingest`.
  private List<AnalyzedArticle> analyze(Analysis analysis, List<Article> articles)
      throws Exception {
    List<AnalyzedArticle> done = Collections.synchronizedList(new ArrayList<>());
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try (DossierStore store = DossierStore.open(folder.resolve("ingest.duckdb"))) {
      List<Future<AnalyzedArticle>> futures = new ArrayList<>();
      articles.forEach(a -> futures.add(workers.submit(() -> analysis.analyze(a))));
      List<StoreItem> batch = new ArrayList<>();
      for (Future<AnalyzedArticle> future : futures) {
        AnalyzedArticle result;
        try {
          result = future.get();
        } catch (ExecutionException e) {
          // An article the analysis fails on is counted and left out, as `dossier ingest` does.
          failures++;
          continue;
        }
        done.add(result);
        batch.add(StoreItem.of(result));
        if (batch.size() == BATCH) {
          store.write(batch);
          batch.clear();
        }
      }
      store.write(batch);
    } finally {
      workers.shutdownNow();
    }
    return done;
  }

  private static double writeAll(Path db, List<AnalyzedArticle> analyzed) {
    long start = System.nanoTime();
    try (DossierStore store = DossierStore.open(db)) {
      for (int from = 0; from < analyzed.size(); from += BATCH) {
        store.write(analyzed.subList(from, Math.min(analyzed.size(), from + BATCH)).stream()
            .map(StoreItem::of).toList());
      }
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("store write failed", e));
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
