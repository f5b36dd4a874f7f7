package org.dossier.store;

import java.util.Locale;

/** The file formats {@code export} writes. */
public enum ExportFormat {
  /** Apache Parquet, one file per table. */
  PARQUET,
  /** Comma-separated values with a header line. */
  CSV,
  /** One JSON object per line. */
  JSONL;

  /** The file name extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
