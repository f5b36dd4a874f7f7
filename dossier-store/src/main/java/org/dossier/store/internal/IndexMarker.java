package org.dossier.store.internal;

import java.util.Map;

/**
 * Where a committed state stands: the number of the last batch and the next article seq. The
 * database stores one in {@code store_meta} with each batch; the search index stores one in the
 * user data of each Lucene commit. Equal markers mean the two agree.
 */
public record IndexMarker(long batch, long nextSeq) {

  /** The marker of an index that has never been committed. */
  public static final IndexMarker NONE = new IndexMarker(-1, 0);

  public Map<String, String> toUserData() {
    return Map.of("batch", Long.toString(batch), "next_seq", Long.toString(nextSeq));
  }

  public static IndexMarker fromUserData(Map<String, String> data) {
    String batch = data.get("batch");
    String nextSeq = data.get("next_seq");
    if (batch == null || nextSeq == null) {
      return NONE;
    }
    return new IndexMarker(Long.parseLong(batch), Long.parseLong(nextSeq));
  }
}
