package org.dossier.bench.time;

/**
 * The tallies TempEval-3 task A scores from, summed over documents: gold and system expressions,
 * relaxed (overlapping) and strict (same extent) matches, and how many relaxed matches also
 * agree on type and on value. The scores follow the official {@code evaluate_entities.py}:
 * precision and recall over the matches, attribute accuracy over the relaxed matches, and
 * attribute F1 as that accuracy times the relaxed F1. Immutable.
 */
public record TempEvalCounts(int gold, int system, int relaxed, int strict, int typeMatches,
    int valueMatches) {

  public static final TempEvalCounts ZERO = new TempEvalCounts(0, 0, 0, 0, 0, 0);

  public TempEvalCounts plus(TempEvalCounts other) {
    return new TempEvalCounts(gold + other.gold, system + other.system, relaxed + other.relaxed,
        strict + other.strict, typeMatches + other.typeMatches, valueMatches + other.valueMatches);
  }

  public double strictPrecision() {
    return ratio(strict, system);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** Share of relaxed matches with the gold TIMEX3 type. */
  public double typeAccuracy() {
    return ratio(typeMatches, relaxed);
  }

  /** Share of relaxed matches with the gold TIMEX3 value. */
  public double valueAccuracy() {
    return ratio(valueMatches, relaxed);
  }

  /** TempEval-3's type F1: type accuracy times relaxed F1. */
  public double typeF1() {
    return typeAccuracy() * relaxedF1();
  }

  /** TempEval-3's value F1: value accuracy times relaxed F1. */
  public double valueF1() {
    return valueAccuracy() * relaxedF1();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
