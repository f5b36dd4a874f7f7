package org.dossier.nlp;

/**
 * Which analyses the backbone runs. The defaults run what the extract stages use with the
 * cheapest models that serve them: one 4-class NER model (PERSON, LOCATION, ORGANIZATION, MISC;
 * the knowledge base refines the types afterwards), the part-of-speech model decoded with a beam
 * of {@value #DEFAULT_TAGGER_BEAM} hypotheses, and the neural dependency parser. CoreNLP's
 * fine-grained NER and SUTime cost several times the rest of the pipeline and are off unless
 * asked for: Dossier's own time tagger ({@code org.dossier.nlp.time}) replaces SUTime.
 * Immutable; {@code with…} returns a changed copy.
 *
 * @param taggerBeam hypotheses the part-of-speech search keeps at each word; 0 runs CoreNLP's
 *     exact Viterbi search, about ten times slower for 0.015% of tags changed
 */
public record NlpOptions(boolean dependencies, boolean fineGrainedEntities, boolean sutime,
    int taggerBeam) {

  public static final int DEFAULT_TAGGER_BEAM = 10;

  public NlpOptions {
    if (taggerBeam < 0) {
      throw new IllegalArgumentException("tagger beam must be 0 (exact) or more: " + taggerBeam);
    }
  }

  public static NlpOptions defaults() {
    return new NlpOptions(true, false, false, DEFAULT_TAGGER_BEAM);
  }

  public NlpOptions withDependencies(boolean on) {
    return new NlpOptions(on, fineGrainedEntities, sutime, taggerBeam);
  }

  public NlpOptions withFineGrainedEntities(boolean on) {
    return new NlpOptions(dependencies, on, sutime, taggerBeam);
  }

  public NlpOptions withSutime(boolean on) {
    return new NlpOptions(dependencies, fineGrainedEntities, on, taggerBeam);
  }

  public NlpOptions withTaggerBeam(int beam) {
    return new NlpOptions(dependencies, fineGrainedEntities, sutime, beam);
  }
}
