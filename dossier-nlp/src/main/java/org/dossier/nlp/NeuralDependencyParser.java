package org.dossier.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs CoreNLP's neural transition parser (Chen and Manning 2014) with the same model, features
 * and transition system, but scores each parser state in float with transposed weight matrices,
 * so that the inner loops run over contiguous rows the JIT vectorizes, and computes each feature
 * missing from CoreNLP's precomputed table once per sentence. CoreNLP's own scoring computes a dot
 * product per output and per hidden unit, which made the parser half of Dossier's time per
 * article. The sums run in another order, so where two transitions score within rounding of
 * each other the choice can differ: 47 of 113,776 arcs on the 121 AEB articles; a test compares
 * the parses of shorter texts arc by arc. Immutable after construction and thread-safe: each
 * call works on its own arrays.
 */
final class NeuralDependencyParser {

  private final DependencyParser model;
  private final ArcStandard system;
  private final List<String> transitions;
  private final int tokens;
  private final int embeddingSize;
  private final int hiddenSize;
  private final float[][] embeddings;
  private final float[] bias;
  /** Hidden-layer weights by input (feature position × embedding dimension), then unit. */
  private final float[][] inputWeights;
  /** Output weights by hidden unit, then transition. */
  private final float[][] outputWeights;
  /**
   * CoreNLP's precomputed hidden-layer contributions of frequent (feature, position) pairs, in
   * float like the rest: twice the numbers per vector instruction.
   */
  private final float[][] precomputed;
  private final IntIntMap precomputedRows;

  private NeuralDependencyParser(DependencyParser model, ArcStandard system,
      List<String> transitions, Classifier classifier, double[][] precomputed,
      Map<Integer, Integer> precomputedRows, int tokens) {
    this.model = model;
    this.system = system;
    this.transitions = List.copyOf(transitions);
    this.tokens = tokens;
    this.embeddings = classifier.getE();
    this.bias = classifier.getb1();
    this.embeddingSize = embeddings[0].length;
    this.hiddenSize = bias.length;
    this.inputWeights = transpose(classifier.getW1());
    this.outputWeights = transpose(classifier.getW2());
    this.precomputed = narrow(precomputed);
    this.precomputedRows = IntIntMap.of(precomputedRows);
  }

  /** Wraps a loaded CoreNLP parser; fails if its internals are not those of CoreNLP 4.5. */
  static NeuralDependencyParser of(DependencyParser model) {
    try {
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(model);
      ArcStandard system = (ArcStandard) field(DependencyParser.class, "system").get(model);
      @SuppressWarnings("unchecked")
      List<String> transitions =
          (List<String>) field(ParsingSystem.class, "transitions").get(system);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> rows =
          (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
      double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
      int tokens = edu.stanford.nlp.parser.nndep.Config.numTokens;
      return new NeuralDependencyParser(model, system, transitions, classifier, saved, rows,
          tokens);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("CoreNLP's dependency parser has changed: " + e, e);
    }
  }

  /**
   * The head (0-based token index, -1 for the root) and relation of each token of a tagged
   * sentence.
   */
  Parse parse(CoreMap sentence) {
    Configuration state = system.initialConfiguration(sentence);
    float[] hidden = new float[hiddenSize];
    float[] scores = new float[transitions.size()];
    int[] features = new int[tokens];
    // A word sits at several feature positions as the parse moves on; each pair is computed once.
    Map<Integer, float[]> unprecomputed = new HashMap<>();
    while (!system.isTerminal(state)) {
      String forced = onlyApplicable(state);
      if (forced != null) {
        system.apply(state, forced);
        continue;
      }
      List<Integer> extracted = model.getFeatures(state);
      for (int i = 0; i < tokens; i++) {
        features[i] = extracted.get(i);
      }
      score(features, hidden, scores, unprecomputed);
      String best = null;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < scores.length; t++) {
        if (scores[t] > bestScore && system.canApply(state, transitions.get(t))) {
          bestScore = scores[t];
          best = transitions.get(t);
        }
      }
      system.apply(state, best);
    }
    int size = state.getSentenceSize();
    int[] heads = new int[size];
    String[] relations = new String[size];
    for (int i = 1; i <= size; i++) {
      heads[i - 1] = state.getHead(i) - 1;
      relations[i - 1] = heads[i - 1] < 0 ? "root" : state.getLabel(i);
    }
    return new Parse(heads, relations);
  }

  /** Heads and relations of one sentence's tokens; head -1 marks the root. */
  record Parse(int[] heads, String[] relations) {
  }

  /**
   * The one transition that can apply, or null when there is a choice. The model's scores cannot
   * change a forced move, and in the arc-standard system every shift with fewer than two words
   * on the stack is forced (an arc needs two, or one and an empty buffer): 15% of the moves on
   * the AEB articles. The stack test only spares asking {@code canApply} where nothing is forced.
   */
  private String onlyApplicable(Configuration state) {
    if (state.getStackSize() > 2) {
      return null;
    }
    String only = null;
    for (String transition : transitions) {
      if (system.canApply(state, transition)) {
        if (only != null) {
          return null;
        }
        only = transition;
      }
    }
    return only;
  }

  private void score(int[] features, float[] hidden, float[] scores,
      Map<Integer, float[]> unprecomputed) {
    Arrays.fill(hidden, 0);
    for (int position = 0; position < tokens; position++) {
      int id = features[position];
      int at = position;
      int key = id * tokens + position;
      int row = precomputedRows.get(key);
      add(hidden, row >= 0 ? precomputed[row]
          : unprecomputed.computeIfAbsent(key, k -> contribution(id, at)));
    }
    for (int k = 0; k < hiddenSize; k++) {
      float h = hidden[k] + bias[k];
      hidden[k] = h * h * h;
    }
    Arrays.fill(scores, 0);
    for (int k = 0; k < hiddenSize; k++) {
      addScaled(scores, outputWeights[k], hidden[k]);
    }
  }

  /** What the embedding of {@code id} at feature {@code position} adds to the hidden layer. */
  private float[] contribution(int id, int position) {
    float[] out = new float[hiddenSize];
    float[] embedding = embeddings[id];
    int offset = position * embeddingSize;
    for (int d = 0; d < embeddingSize; d++) {
      addScaled(out, inputWeights[offset + d], embedding[d]);
    }
    return out;
  }

  private static void add(float[] target, float[] values) {
    for (int i = 0; i < target.length; i++) {
      target[i] += values[i];
    }
  }

  private static void addScaled(float[] target, float[] values, float factor) {
    for (int i = 0; i < target.length; i++) {
      target[i] += values[i] * factor;
    }
  }

  private static float[][] narrow(double[][] matrix) {
    float[][] narrow = new float[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      narrow[i] = new float[matrix[i].length];
      for (int j = 0; j < matrix[i].length; j++) {
        narrow[i][j] = (float) matrix[i][j];
      }
    }
    return narrow;
  }

  private static float[][] transpose(float[][] matrix) {
    float[][] transposed = new float[matrix[0].length][matrix.length];
    for (int i = 0; i < matrix.length; i++) {
      for (int j = 0; j < matrix[i].length; j++) {
        transposed[j][i] = matrix[i][j];
      }
    }
    return transposed;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  /** An open-addressing map from int keys to int values (-1 when absent), without boxing. */
  private static final class IntIntMap {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    private IntIntMap(int[] keys, int[] values) {
      this.keys = keys;
      this.values = values;
      this.mask = keys.length - 1;
    }

    static IntIntMap of(Map<Integer, Integer> entries) {
      int capacity = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1;
      int[] keys = new int[capacity];
      int[] values = new int[capacity];
      Arrays.fill(keys, -1);
      for (Map.Entry<Integer, Integer> e : entries.entrySet()) {
        int slot = mix(e.getKey()) & (capacity - 1);
        while (keys[slot] != -1) {
          slot = (slot + 1) & (capacity - 1);
        }
        keys[slot] = e.getKey();
        values[slot] = e.getValue();
      }
      return new IntIntMap(keys, values);
    }

    int get(int key) {
      for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          return values[slot];
        }
        if (keys[slot] == -1) {
          return -1;
        }
      }
    }

    private static int mix(int key) {
      return key * 0x9E3779B9 >>> 7 ^ key;
    }
  }
}
