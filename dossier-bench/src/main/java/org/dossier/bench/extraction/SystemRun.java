package org.dossier.bench.extraction;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What one extraction system produced over the benchmark pages: the text per page id, the time
 * of the timed pass (after warm-up), and a version string.
 */
public record SystemRun(String system, String version, Map<String, String> texts,
    double seconds, List<Double> millisPerPage) {

  public SystemRun {
    requireNonNull(system, "system");
    requireNonNull(version, "version");
    texts = Map.copyOf(texts);
    millisPerPage = List.copyOf(millisPerPage);
  }

  public double pagesPerSecond() {
    return texts.size() / seconds;
  }
}
