package org.dossier.store;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows each table of a store holds, in table order; its JSON form is that object. */
public record StoreStats(Map<String, Long> counts) {

  public StoreStats {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  @JsonValue
  public Map<String, Long> counts() {
    return counts;
  }

  public long count(String table) {
    return counts.getOrDefault(table, 0L);
  }
}
