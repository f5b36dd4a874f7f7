package org.dossier.server;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.dossier.extract.Analysis;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.KnowledgeHome;

/**
 * What the server needs to analyze posted documents: the ingest stage (cheap, built at start)
 * and a loader of the analysis models (slow, called on the first analyze request only).
 */
public record DocumentAnalysis(Ingest ingest, Supplier<Analysis> models) {

  public DocumentAnalysis {
    requireNonNull(ingest, "ingest");
    requireNonNull(models, "models");
  }

  /** Ingest and analysis over the shipped knowledge base, the models loaded on first use. */
  public static DocumentAnalysis builtIn() {
    KnowledgeBase knowledge = KnowledgeHome.fromEnvironment().knowledge();
    return new DocumentAnalysis(Ingest.create(knowledge, IngestOptions.defaults()),
        () -> Analysis.load(knowledge));
  }
}
