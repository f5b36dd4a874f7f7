package org.dossier.bench.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.bench.BenchReport;
import org.dossier.model.DossierJson;

/**
 * Measures the store: the ingest rate on the article-extraction-benchmark pages with the real
 * models, and, on synthetic stores of growing size (generated straight into DuckDB), the p50/p95
 * latency of search, timeline and quotes-by-speaker queries and the size on disk per million
 * events. Writes {@code bench/results/store.json}, keeping the parts of an earlier run it did
 * not repeat.
 *
 * <p>Run: {@code java -Xmx4g -cp … org.dossier.bench.store.StoreBenchmark
 * [--events 1000000,10000000] [--queries 300] [--no-ingest] [--no-scale] [--dir DIR]}; the pages
 * are read from {@code -Ddossier.shared} (default {@code ../shared}).
 */
public final class StoreBenchmark {

  private StoreBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    Path dir = Path.of(value(options, "--dir",
        System.getProperty("java.io.tmpdir") + "/dossier-store-bench"));
    BenchReport report = new BenchReport("store", "The embedded store (DuckDB + Lucene): ingest"
        + " rate on the article-extraction-benchmark pages with the real models; query latency"
        + " (p50/p95 ms) and disk size on synthetic stores generated straight into DuckDB.");
    ObjectNode earlier = earlier();
    if (!options.contains("--no-ingest")) {
      Path pages = BenchReport.shared().resolve("eval/aeb/html");
      int threads = Runtime.getRuntime().availableProcessors();
      report.root().set("ingest", new IngestRate(pages, dir.resolve("ingest"), threads).run());
      System.out.println("ingest: " + report.root().get("ingest"));
    } else if (earlier.has("ingest")) {
      report.root().set("ingest", earlier.get("ingest"));
    }
    ArrayNode scale = report.root().putArray("scale");
    if (!options.contains("--no-scale")) {
      int queries = Integer.parseInt(value(options, "--queries", "300"));
      for (String events : value(options, "--events", "1000000").split(",")) {
        ObjectNode point = new ScaleRun(Long.parseLong(events.strip()), dir.resolve("scale"),
            queries).run();
        scale.add(point);
        System.out.println("scale: " + point);
        ScaleRun.delete(dir.resolve("scale"));
      }
    }
    keepEarlierScale(earlier, scale);
    report.root().put("loadAverageAtEnd",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("wrote " + report.write(BenchReport.projectDir(), "store"));
  }

  // Scale points measured before at sizes this run did not measure stay in the report.
  private static void keepEarlierScale(ObjectNode earlier, ArrayNode scale) {
    List<Long> measured = new ArrayList<>();
    scale.forEach(p -> measured.add(p.get("events").asLong()));
    if (earlier.has("scale")) {
      for (JsonNode point : earlier.get("scale")) {
        if (!measured.contains(point.get("events").asLong())) {
          scale.add(point);
        }
      }
    }
  }

  private static ObjectNode earlier() throws java.io.IOException {
    Path file = BenchReport.projectDir().resolve("bench/results/store.json");
    return Files.exists(file) ? (ObjectNode) DossierJson.mapper().readTree(file.toFile())
        : BenchReport.mapperNode();
  }

  private static String value(List<String> options, String name, String fallback) {
    int at = options.indexOf(name);
    return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
  }
}
