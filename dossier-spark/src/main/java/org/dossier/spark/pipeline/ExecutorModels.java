package org.dossier.spark.pipeline;

import org.dossier.extract.Analysis;
import org.dossier.knowledge.KnowledgeBase;

/**
 * What each executor JVM loads once and shares between its tasks and partitions: the knowledge
 * base and the analysis models. The holder idiom makes each load lazy and thread-safe; reading
 * inputs never loads the NLP models, analysing articles loads them on first use. This is the one
 * piece of per-JVM state the job keeps: loading the models takes seconds and gigabytes, so it
 * must not happen per partition.
 */
public final class ExecutorModels {

  private ExecutorModels() {
  }

  private static final class Reading {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.builtIn();
  }

  private static final class Models {
    static final Analysis ANALYSIS = Analysis.load(Reading.KNOWLEDGE);
  }

  /** The knowledge base, which reading (datelines) and analysis share. */
  public static KnowledgeBase knowledge() {
    return Reading.KNOWLEDGE;
  }

  /** The analysis, loading its models on first call in this JVM. */
  public static Analysis analysis() {
    return Models.ANALYSIS;
  }
}
