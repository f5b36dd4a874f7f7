package org.dossier.spark.pipeline;

import org.dossier.extract.Analysis;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.knowledge.KnowledgeBase;

/**
 * What each executor JVM loads once and shares between its tasks and partitions: the knowledge
 * base, the ingest stage and the analysis models. The holder idiom makes each load lazy and
 * thread-safe; reading inputs never loads the NLP models, analysing articles loads them on first
 * use. This is the one piece of per-JVM state the job keeps: loading the models takes seconds and
 * gigabytes, so it must not happen per partition.
 */
public final class ExecutorModels {

  private ExecutorModels() {
  }

  private static final class Reading {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.builtIn();
    static final Ingest INGEST = Ingest.create(KNOWLEDGE, IngestOptions.defaults());
  }

  private static final class Models {
    static final Analysis ANALYSIS = Analysis.load(Reading.KNOWLEDGE);
  }

  /** The ingest stage with default options (64 MiB per input; WARC files stream). */
  public static Ingest ingest() {
    return Reading.INGEST;
  }

  /** The analysis, loading its models on first call in this JVM. */
  public static Analysis analysis() {
    return Models.ANALYSIS;
  }
}
