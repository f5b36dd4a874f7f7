package org.dossier.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;

/**
 * The models, loaded once per test JVM and shared by every integration test (loading takes
 * seconds). The holder idiom makes the one load lazy and thread-safe.
 */
public final class SharedModels {

  private SharedModels() {
  }

  private static final class Holder {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.builtIn();
    static final Analysis ANALYSIS = Analysis.load(KNOWLEDGE);
    static final Ingest INGEST = Ingest.create(KNOWLEDGE, IngestOptions.defaults());
  }

  private static final class Seed {
    static final Optional<AnalyzedArticle> ANALYZED = shared()
        .map(s -> s.resolve("seed/rudaw-2026-02-11-trump-iran-netanyahu.txt"))
        .filter(Files::exists)
        .map(SharedModels::analyze);
  }

  /** The reference article analyzed once per JVM, when ../shared has it. */
  public static Optional<AnalyzedArticle> seed() {
    return Seed.ANALYZED;
  }

  public static Analysis analysis() {
    return Holder.ANALYSIS;
  }

  public static KnowledgeBase knowledge() {
    return Holder.KNOWLEDGE;
  }

  /** Reads one page with the real ingest stage. */
  public static Article read(Path page) {
    ReadOutcome outcome = Holder.INGEST.read(Source.of(page));
    if (outcome instanceof ReadOutcome.Read read) {
      return read.articles().get(0);
    }
    throw new AssertionError(((ReadOutcome.Failed) outcome).error().describe());
  }

  public static AnalyzedArticle analyze(Path page) {
    return analysis().analyze(read(page));
  }

  /** The shared evaluation data folder, when this machine has it. */
  public static Optional<Path> shared() {
    Path dir = Path.of(System.getProperty("dossier.shared", "../shared"));
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }
}
