package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded list of warnings: a crawl of a million records, or an export of a million broken
 * lines, must not hold a million messages. Past the bound only a count is kept, reported as one
 * last line. Not thread-safe.
 */
public final class Warnings {

  private final int max;
  private final List<String> kept = new ArrayList<>();
  private int dropped;

  public Warnings(int max) {
    this.max = max;
  }

  public void add(String warning) {
    if (kept.size() < max) {
      kept.add(warning);
    } else {
      dropped++;
    }
  }

  public List<String> list() {
    if (dropped == 0) {
      return List.copyOf(kept);
    }
    List<String> all = new ArrayList<>(kept);
    all.add("… and " + dropped + " more warnings");
    return all;
  }
}
