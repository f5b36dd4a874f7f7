package org.dossier.store;

import java.util.List;

/** One page of answers to a query and how many there are in all. */
public record Results<T>(long total, List<T> results) {

  public Results {
    results = List.copyOf(results);
  }
}
