package org.dossier.bench.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.bench.BenchReport;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreCheck;
import org.dossier.store.StoreStats;

/**
 * One scale point: generates a synthetic store of {@code events} events, lets the store build
 * its search index from the database (the same path that repairs an index after a crash), then
 * measures query latency and the size on disk.
 */
final class ScaleRun {

  private final long events;
  private final Path folder;
  private final int queries;

  ScaleRun(long events, Path folder, int queries) {
    this.events = events;
    this.folder = folder;
    this.queries = queries;
  }

  ObjectNode run() throws SQLException {
    Path db = folder.resolve("synthetic-" + events + ".duckdb");
    delete(folder);
    long t0 = System.nanoTime();
    new SyntheticStore(events).generate(db);
    long t1 = System.nanoTime();
    ObjectNode node = BenchReport.mapperNode();
    try (DossierStore store = DossierStore.open(db)) {
      long t2 = System.nanoTime();
      StoreStats stats = store.stats();
      StoreCheck check = store.check();
      List<Latencies> latencies = new QueryWorkload(store, events).run(queries);
      node.put("events", stats.count("events"));
      node.set("rows", DossierJsonTree.of(stats.counts()));
      node.put("indexConsistent", check.consistent());
      node.put("generateSeconds", seconds(t1 - t0));
      node.put("indexBuildSeconds", seconds(t2 - t1));
      ArrayNode results = node.putArray("latency");
      latencies.forEach(l -> results.add(l.toJson().put("query", l.query())));
    }
    sizes(node, db);
    return node;
  }

  private void sizes(ObjectNode node, Path db) {
    long database = size(db) + size(Path.of(db + ".wal"));
    long index = size(Path.of(db + ".lucene"));
    double millions = node.get("events").asLong() / 1e6;
    ObjectNode disk = node.putObject("diskBytes");
    disk.put("duckdb", database);
    disk.put("lucene", index);
    disk.put("total", database + index);
    disk.put("totalMbPerMillionEvents", Latencies.round((database + index) / 1e6 / millions));
  }

  private static double seconds(long nanos) {
    return Latencies.round(nanos / 1e9);
  }

  static long size(Path path) {
    if (!Files.exists(path)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
