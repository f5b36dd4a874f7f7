package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.TestSentence;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tags with CoreNLP's maxent part-of-speech model (same model, features and scores), decoded by
 * a beam search over tag histories instead of CoreNLP's exact Viterbi search. The exact search
 * scores every combination of the candidate tags of the previous words, and an unknown word has
 * some twenty candidates, so a name after an unknown word costs hundreds of model evaluations;
 * that made tagging the largest share of Dossier's time per article. Hypotheses that end in the
 * same tags are merged as in Viterbi, so with a wide enough beam the search is exact; a beam of a
 * few hypotheses chooses the same tags almost everywhere (the benchmark and a test measure the
 * agreement). Thread-safe: each sentence is decoded in its own objects.
 */
final class BeamPartOfSpeechTagger {

  private static final Method INITIALIZE_SCORER = method("initializeScorer");
  /** Tags of history a {@code long} key holds, at three decimal digits each. */
  private static final int MAX_HISTORY = 6;

  private final MaxentTagger model;
  private final Function<String, String> wordFunction;
  private final int beamWidth;

  private BeamPartOfSpeechTagger(MaxentTagger model, Function<String, String> wordFunction,
      int beamWidth) {
    this.model = model;
    this.wordFunction = wordFunction;
    this.beamWidth = beamWidth;
  }

  /**
   * Wraps a loaded model; fails if its internals are not those of CoreNLP 4.5 or if the model
   * reads tags to the right of a word, which a left-to-right search cannot supply.
   */
  static BeamPartOfSpeechTagger of(MaxentTagger model, int beamWidth) {
    if (beamWidth < 1) {
      throw new IllegalArgumentException("beam width must be at least 1: " + beamWidth);
    }
    try {
      Field field = MaxentTagger.class.getDeclaredField("wordFunction");
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      Function<String, String> wordFunction = (Function<String, String>) field.get(model);
      BeamPartOfSpeechTagger tagger = new BeamPartOfSpeechTagger(model,
          wordFunction == null ? Function.identity() : wordFunction, beamWidth);
      Decoding probe = new Decoding(tagger, List.of());
      if (probe.rightWindow() != 0 || probe.leftWindow() > MAX_HISTORY) {
        throw new IllegalArgumentException("the tagger model reads tags to the right of a word"
            + " or more than " + MAX_HISTORY + " to the left; use CoreNLP's own tagger for it");
      }
      return tagger;
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("CoreNLP's tagger has changed: " + e, e);
    }
  }

  /** Sets the part-of-speech tag of each token of one sentence. */
  void tag(List<CoreLabel> sentence) {
    List<String> words = new ArrayList<>(sentence.size());
    sentence.forEach(token -> words.add(wordFunction.apply(token.word())));
    String[] tags = tags(words);
    for (int i = 0; i < sentence.size(); i++) {
      sentence.get(i).setTag(tags[i]);
    }
  }

  /** The tag of each word. */
  String[] tags(List<String> words) {
    return new Decoding(this, words).bestTags();
  }

  private static Method method(String name) {
    try {
      Method method = TestSentence.class.getDeclaredMethod(name);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("CoreNLP's tagger has changed: " + e, e);
    }
  }

  /** One hypothesis: a tag, the hypothesis it extends and the log probability of the whole. */
  private record Hypothesis(int tag, Hypothesis previous, double score) {

    /** The last {@code length} tags, packed so that equal histories give equal keys. */
    long history(int length) {
      long key = 0;
      Hypothesis h = this;
      for (int i = 0; i < length && h != null; i++, h = h.previous) {
        key = key * 1_000 + h.tag + 1;
      }
      return key;
    }
  }

  /**
   * CoreNLP's scorer for one sentence. It extends {@link TestSentence} for its protected sentence
   * state and its public {@code scoresOf}, which gives the log probability of each candidate tag
   * at a position given the tags before it.
   */
  private static final class Decoding extends TestSentence {

    private final BeamPartOfSpeechTagger tagger;
    private final Map<Integer, String[]> candidates = new HashMap<>();

    Decoding(BeamPartOfSpeechTagger tagger, List<String> words) {
      super(tagger.model);
      this.tagger = tagger;
      sent = new ArrayList<>(words);
      sent.add(Tagger.EOS_WORD);
      size = sent.size();
      init();
    }

    /** A word's candidate tags depend only on the word: computed once per position. */
    @Override
    protected String[] stringTagsAt(int pos) {
      return candidates.computeIfAbsent(pos, super::stringTagsAt);
    }

    String[] bestTags() {
      try {
        INITIALIZE_SCORER.invoke(this);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("CoreNLP's tagger has changed: " + e, e);
      }
      try {
        return decode();
      } finally {
        revert(0);
      }
    }

    private String[] decode() {
      int left = leftWindow();
      int[] window = new int[left + size];
      for (int i = 0; i < left; i++) {
        window[i] = getPossibleValues(i)[0];
      }
      List<Hypothesis> beam = List.of(new Hypothesis(-1, null, 0));
      for (int pos = left; pos < left + size; pos++) {
        int[] values = getPossibleValues(pos);
        Map<Long, Hypothesis> next = new HashMap<>();
        for (Hypothesis h : beam) {
          fill(window, pos, left, h);
          double[] scores = scoresOf(window, pos);
          for (int k = 0; k < values.length; k++) {
            Hypothesis extended = new Hypothesis(values[k], h, h.score + scores[k]);
            next.merge(extended.history(left), extended,
                (a, b) -> a.score >= b.score ? a : b);
          }
        }
        beam = next.values().stream()
            .sorted(Comparator.comparingDouble(Hypothesis::score).reversed())
            .limit(tagger.beamWidth)
            .toList();
      }
      String[] tags = new String[size - 1];
      Hypothesis h = beam.get(0).previous; // the last tag is the end-of-sentence tag
      for (int i = size - 2; i >= 0; i--, h = h.previous) {
        tags[i] = tagger.model.getTag(h.tag);
      }
      return tags;
    }

    /** Writes the tags {@code h} ends with into the positions before {@code pos}. */
    private static void fill(int[] window, int pos, int left, Hypothesis h) {
      for (int i = pos - 1; i >= pos - left && h != null && h.tag >= 0; i--, h = h.previous) {
        window[i] = h.tag;
      }
    }
  }
}
