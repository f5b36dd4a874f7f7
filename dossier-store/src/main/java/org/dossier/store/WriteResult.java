package org.dossier.store;

/**
 * What one batch write did: articles stored, articles skipped because the store already held
 * them (same content id), older versions replaced, and the batch number that was committed
 * (0 when nothing was written).
 */
public record WriteResult(int stored, int unchanged, int replaced, long batch) {

  public WriteResult plus(WriteResult other) {
    return new WriteResult(stored + other.stored, unchanged + other.unchanged,
        replaced + other.replaced, Math.max(batch, other.batch));
  }
}
