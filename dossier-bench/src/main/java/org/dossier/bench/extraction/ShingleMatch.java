package org.dossier.bench.extraction;

/**
 * How one predicted text matches its gold text in token 4-gram shingles: true positives, false
 * positives and false negatives, normalized to sum to one (all zero when both texts are empty),
 * so that long pages weigh no more than short ones.
 */
public record ShingleMatch(double tp, double fp, double fn) {

  /** Precision as the reference computes it: 1 for a perfect match, 0 with nothing right. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fp == 0) {
      return 0;
    }
    return tp / (tp + fp);
  }

  /** Recall as the reference computes it: 1 for a perfect match, 0 with nothing found. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fn == 0) {
      return 0;
    }
    return tp / (tp + fn);
  }

  /** Whether the prediction has any shingle, i.e. counts towards the mean precision. */
  boolean hasPrediction() {
    return tp + fp > 0;
  }

  /** Whether the gold text has any shingle, i.e. counts towards the mean recall. */
  boolean hasGold() {
    return tp + fn > 0;
  }
}
