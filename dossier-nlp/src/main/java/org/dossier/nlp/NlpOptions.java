package org.dossier.nlp;

/**
 * Which analyses the backbone runs. The defaults run what the extract stages use with the
 * cheapest models that serve them: one 4-class NER model (PERSON, LOCATION, ORGANIZATION, MISC;
 * the knowledge base refines the types afterwards) and the neural dependency parser. CoreNLP's
 * fine-grained NER and SUTime cost several times the rest of the pipeline and are off unless
 * asked for: Dossier's own time tagger ({@code org.dossier.nlp.time}) replaces SUTime. Immutable; {@code with…} returns a changed copy.
 */
public record NlpOptions(boolean dependencies, boolean fineGrainedEntities, boolean sutime) {

  public static NlpOptions defaults() {
    return new NlpOptions(true, false, false);
  }

  public NlpOptions withDependencies(boolean on) {
    return new NlpOptions(on, fineGrainedEntities, sutime);
  }

  public NlpOptions withFineGrainedEntities(boolean on) {
    return new NlpOptions(dependencies, on, sutime);
  }

  public NlpOptions withSutime(boolean on) {
    return new NlpOptions(dependencies, fineGrainedEntities, on);
  }
}
