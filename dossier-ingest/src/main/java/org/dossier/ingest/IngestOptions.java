package org.dossier.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How to read inputs: the publication date to assume when an input gives none, and the largest
 * input to accept. Immutable; {@code with…} methods return a changed copy.
 */
public record IngestOptions(Optional<LocalDate> defaultPublished, long maxBytes) {

  /** 64 MiB: larger than any real article page, small enough to bound memory per worker. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  public IngestOptions {
    requireNonNull(defaultPublished, "defaultPublished");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(Optional.empty(), DEFAULT_MAX_BYTES);
  }

  public IngestOptions withDefaultPublished(LocalDate date) {
    return new IngestOptions(Optional.of(date), maxBytes);
  }

  public IngestOptions withMaxBytes(long bytes) {
    return new IngestOptions(defaultPublished, bytes);
  }
}
