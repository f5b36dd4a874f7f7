package org.dossier.nlp.time;

/**
 * Tells the tense of the clause that holds a character offset, so that {@link TimeTagger} can
 * resolve "Friday" or "in January" in the right direction. The tagger needs no parser:
 * {@link #heuristic(String)} reads the surrounding words; a caller that has a dependency parse
 * can supply a better oracle. Implementations must be thread-safe if shared.
 */
@FunctionalInterface
public interface TenseOracle {

  /** The tense of the clause holding {@code offset} (a UTF-16 index into the text). */
  Tense tenseAt(int offset);

  /**
   * An oracle that looks only at the words around the offset in the same sentence:
   * will/would/'ll/shall/going to/next mark the future; past-tense verb forms (-ed, was, were,
   * had, said, ...) mark the past; the nearest marker wins, and no marker means
   * {@link Tense#PRESENT}.
   */
  static TenseOracle heuristic(String text) {
    return WordTenseOracle.of(text);
  }

  /** An oracle that answers {@code tense} everywhere: for tests and for texts of known tense. */
  static TenseOracle constant(Tense tense) {
    return offset -> tense;
  }
}
