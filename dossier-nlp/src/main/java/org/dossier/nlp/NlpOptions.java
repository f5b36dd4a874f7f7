package org.dossier.nlp;

/**
 * Which analyses the backbone runs. The defaults run everything the extract stages use;
 * switching the dependency parse off is for ingest-only and benchmark runs.
 * Immutable; {@code with…} returns a changed copy.
 */
public record NlpOptions(boolean dependencies, boolean fineGrainedEntities) {

  public static NlpOptions defaults() {
    return new NlpOptions(true, true);
  }

  public NlpOptions withDependencies(boolean on) {
    return new NlpOptions(on, fineGrainedEntities);
  }

  public NlpOptions withFineGrainedEntities(boolean on) {
    return new NlpOptions(dependencies, on);
  }
}
