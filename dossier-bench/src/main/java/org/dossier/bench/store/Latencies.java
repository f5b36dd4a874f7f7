package org.dossier.bench.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.dossier.bench.BenchReport;

/** Response times of one kind of query, in milliseconds, and the answers' mean size. */
record Latencies(String query, double[] millis, double meanResults) {

  double percentile(double p) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  ObjectNode toJson() {
    ObjectNode node = BenchReport.mapperNode();
    node.put("queries", millis.length);
    node.put("p50Ms", round(percentile(50)));
    node.put("p95Ms", round(percentile(95)));
    node.put("p99Ms", round(percentile(99)));
    node.put("maxMs", round(Arrays.stream(millis).max().orElse(0)));
    node.put("meanResults", round(meanResults));
    return node;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
