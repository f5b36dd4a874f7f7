package org.dossier.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.extract.Analysis;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.knowledge.KnowledgeBase;

/** The real analysis, loaded once per JVM and shared by the integration tests. */
final class Models {

  private Models() {
  }

  private static final class Holder {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.builtIn();
    static final Analysis ANALYSIS = Analysis.load(KNOWLEDGE);
    static final Ingest INGEST = Ingest.create(KNOWLEDGE, IngestOptions.defaults());
  }

  /** Ingest and the loaded models; the first call loads them. */
  static DocumentAnalysis analysis() {
    Analysis loaded = Holder.ANALYSIS;
    return new DocumentAnalysis(Holder.INGEST, () -> loaded);
  }

  /** The example article shipped with the repository. */
  static Path example() {
    return Path.of("..", "examples", "vienna-2015-07-14-iran-nuclear-deal.txt");
  }

  /** The reference article in ../shared, when this checkout has it. */
  static Optional<Path> seed() {
    return Optional.of(Path.of(System.getProperty("dossier.shared", "../shared")))
        .map(s -> s.resolve("seed/rudaw-2026-02-11-trump-iran-netanyahu.txt"))
        .filter(Files::exists);
  }
}
