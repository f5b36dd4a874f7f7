package org.dossier.ingest.warc;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded list of warnings: a crawl of a million records must not hold a million messages. Past
 * the bound only a count is kept, reported as one last line. Not thread-safe.
 */
final class Warnings {

  private final int max;
  private final List<String> kept = new ArrayList<>();
  private int dropped;

  Warnings(int max) {
    this.max = max;
  }

  void add(String warning) {
    if (kept.size() < max) {
      kept.add(warning);
    } else {
      dropped++;
    }
  }

  List<String> list() {
    if (dropped == 0) {
      return List.copyOf(kept);
    }
    List<String> all = new ArrayList<>(kept);
    all.add("… and " + dropped + " more warnings");
    return all;
  }
}
