package org.dossier.store.internal;

import java.util.List;
import org.dossier.store.StoreItem;

/**
 * What a batch will do: the items to insert (new content, one per id and per origin), the
 * stored articles they replace, and how many items were already stored.
 */
record BatchPlan(List<StoreItem> inserts, List<Long> replacedSeqs, int unchanged, int superseded) {

  BatchPlan {
    inserts = List.copyOf(inserts);
    replacedSeqs = List.copyOf(replacedSeqs);
  }

  boolean empty() {
    return inserts.isEmpty();
  }
}
