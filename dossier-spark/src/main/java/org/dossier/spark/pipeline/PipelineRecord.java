package org.dossier.spark.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * What travels between the job's stages, one per article or failure. Articles travel as
 * contract JSON ({@code DossierJson}): Dossier's records are not serializable, and the JSON is the
 * output contract anyway.
 */
public sealed interface PipelineRecord extends Serializable {

  /** Where the record comes from: a file path, or a page URL inside a crawl. */
  String source();

  /** An article read from an input, to analyze; {@code origin} as the store keys it. */
  record ReadArticle(String source, String origin, String articleJson)
      implements PipelineRecord {
    public ReadArticle {
      requireNonNull(source, "source");
      requireNonNull(origin, "origin");
      requireNonNull(articleJson, "articleJson");
    }
  }

  /** An analyzed article as contract JSON ({@code AnalyzedArticle}). */
  record Analyzed(String source, String origin, String contractJson) implements PipelineRecord {
    public Analyzed {
      requireNonNull(source, "source");
      requireNonNull(origin, "origin");
      requireNonNull(contractJson, "contractJson");
    }
  }

  /**
   * An input, a part of one or an article that failed, bound for the quarantine table.
   * {@code stage}: {@code read} (the input could not be read), {@code record} (the input was
   * read but a record in it was skipped or repaired), {@code analyze} (analysis failed).
   */
  record Quarantined(String source, String stage, String error) implements PipelineRecord {
    public Quarantined {
      requireNonNull(source, "source");
      requireNonNull(stage, "stage");
      requireNonNull(error, "error");
    }
  }
}
