package org.dossier.bench.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.bench.BenchReport;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.server.DocumentAnalysis;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerSettings;
import org.dossier.server.WriteToken;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreItem;

/**
 * A bounded load test of {@code dossier serve} on loopback: a store of synthetic articles,
 * {@code clients} concurrent HTTP clients for {@code seconds}, each asking in turn for an
 * article by id, a search and a timeline. Reports throughput, p50/p95/p99 latency per
 * endpoint, errors (any status but 200), and the heap in use after a full GC before and after
 * the run, to show the run leaves nothing behind. Writes {@code bench/results/server-load.json}.
 *
 * <p>Run: {@code java -Xmx2g -cp … org.dossier.bench.server.ServerLoadBenchmark
 * [--articles 10000] [--clients 50] [--seconds 30] [--dir DIR]}.
 */
public final class ServerLoadBenchmark {

  private static final List<String> ENDPOINTS = List.of("article", "search", "timeline");

  private ServerLoadBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    int articles = Integer.parseInt(value(options, "--articles", "10000"));
    int clients = Integer.parseInt(value(options, "--clients", "50"));
    int seconds = Integer.parseInt(value(options, "--seconds", "30"));
    Path dir = Files.createDirectories(Path.of(value(options, "--dir",
        System.getProperty("java.io.tmpdir") + "/dossier-server-load")));
    Path db = dir.resolve("load.duckdb");
    long built = System.nanoTime();
    try (DossierStore store = DossierStore.open(db)) {
      fill(store, articles);
      double buildSeconds = (System.nanoTime() - built) / 1e9;
      DocumentAnalysis noModels = new DocumentAnalysis(
          Ingest.create(KnowledgeBase.builtIn(), IngestOptions.defaults()), () -> {
            throw new IllegalStateException("the load test does not analyze");
          });
      try (DossierServer server = DossierServer.start(ServerSettings.defaults().withPort(0),
          store, WriteToken.forStore(db), noModels)) {
        List<String> ids = IntStream.range(0, articles)
            .mapToObj(n -> LoadArticles.article(n).article().id()).toList();
        LoadRun warmUp = new LoadRun(server.url(), ids, clients, Math.min(5, seconds));
        warmUp.run();
        long heapBefore = heapAfterGc();
        LoadRun run = new LoadRun(server.url(), ids, clients, seconds);
        run.run();
        long heapAfter = heapAfterGc();
        BenchReport report = new BenchReport("server-load", "dossier serve under load on"
            + " loopback: concurrent clients each asking in turn for an article by id, a search"
            + " and a timeline, against a store of synthetic articles; latency in ms, heap in MiB"
            + " after a full GC before and after the measured run.");
        ObjectNode root = report.root();
        root.put("articles", articles);
        root.put("storeBuildSeconds", Math.round(buildSeconds * 10) / 10.0);
        root.put("clients", clients);
        root.put("seconds", seconds);
        run.report(root);
        root.put("heapBeforeMb", heapBefore / (1024 * 1024));
        root.put("heapAfterMb", heapAfter / (1024 * 1024));
        root.put("loadAverageAtEnd",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(root.toPrettyString());
        System.out.println("wrote " + report.write(BenchReport.projectDir(), "server-load"));
      }
    }
  }

  private static void fill(DossierStore store, int articles) {
    int have = (int) store.stats().count("articles");
    for (int from = have; from < articles; from += 2000) {
      int to = Math.min(articles, from + 2000);
      store.write(IntStream.range(from, to)
          .mapToObj(n -> StoreItem.of(LoadArticles.article(n))).toList());
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static String value(List<String> options, String name, String fallback) {
    int at = options.indexOf(name);
    return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
  }

  /** One timed run: the clients, what each asked and how long each answer took. */
  private static final class LoadRun {

    private final String base;
    private final List<String> ids;
    private final int clients;
    private final int seconds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .build();
    private final List<List<long[]>> timings = new ArrayList<>();
    private final int[] errors;
    private double elapsed;

    LoadRun(String base, List<String> ids, int clients, int seconds) {
      this.base = base;
      this.ids = ids;
      this.clients = clients;
      this.seconds = seconds;
      this.errors = new int[clients];
    }

    void run() throws InterruptedException {
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      long started = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        List<long[]> mine = new ArrayList<>();
        timings.add(mine);
        int client = c;
        Thread thread = new Thread(() -> ask(client, deadline, mine), "load-client-" + c);
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      elapsed = (System.nanoTime() - started) / 1e9;
    }

    // Each timing is {endpoint, nanoseconds}.
    private void ask(int client, long deadline, List<long[]> mine) {
      for (int i = client; System.nanoTime() < deadline; i++) {
        int endpoint = i % ENDPOINTS.size();
        String path = switch (endpoint) {
          case 0 -> "/api/articles/" + ids.get(Math.floorMod(i * 7919, ids.size()));
          case 1 -> "/api/search?q=" + LoadArticles.TOPICS.get(i % LoadArticles.TOPICS.size())
              + "&limit=10";
          default -> "/api/timeline?actor=" + LoadArticles.personId(i % LoadArticles.PEOPLE.size())
              + "&limit=50";
        };
        long start = System.nanoTime();
        try {
          HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
              .GET().build(), HttpResponse.BodyHandlers.discarding());
          if (response.statusCode() != 200) {
            errors[client]++;
          }
        } catch (Exception e) {
          errors[client]++;
        }
        mine.add(new long[] {endpoint, System.nanoTime() - start});
      }
    }

    void report(ObjectNode root) {
      long requests = timings.stream().mapToLong(List::size).sum();
      root.put("requests", requests);
      root.put("errors", Arrays.stream(errors).sum());
      root.put("requestsPerSecond", Math.round(requests / elapsed * 10) / 10.0);
      ObjectNode endpoints = root.putObject("endpoints");
      for (int e = 0; e < ENDPOINTS.size(); e++) {
        int endpoint = e;
        double[] millis = timings.stream().flatMap(List::stream).filter(t -> t[0] == endpoint)
            .mapToDouble(t -> t[1] / 1e6).sorted().toArray();
        ObjectNode node = endpoints.putObject(ENDPOINTS.get(e));
        node.put("requests", millis.length);
        node.put("p50Ms", percentile(millis, 50));
        node.put("p95Ms", percentile(millis, 95));
        node.put("p99Ms", percentile(millis, 99));
        node.put("maxMs", millis.length == 0 ? 0 : round(millis[millis.length - 1]));
      }
    }

    private static double percentile(double[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return round(sorted[Math.max(0, Math.min(sorted.length - 1, index))]);
    }

    private static double round(double value) {
      return Math.round(value * 100) / 100.0;
    }
  }
}
