package org.dossier.spark;

import java.util.Locale;

/** What a job did: articles analyzed and written, records quarantined, wall time. */
public record JobSummary(long articles, long quarantined, double seconds) {

  /** Articles per second of wall time, model loading included. */
  public double articlesPerSecond() {
    return seconds > 0 ? articles / seconds : 0;
  }

  /** One line for the user. */
  public String describe() {
    return String.format(Locale.ROOT, "%d article%s analyzed in %.1f s (%.2f/s), %d record%s"
        + " quarantined", articles, articles == 1 ? "" : "s", seconds, articlesPerSecond(),
        quarantined, quarantined == 1 ? "" : "s");
  }
}
