package org.dossier.store;

import java.util.List;

/**
 * One page of answers to a query and how many there are in all. Counting every match of a
 * broad query costs as much as the query, so past a thousand matches {@code total} may be a
 * lower bound; {@code exact} says which.
 */
public record Results<T>(long total, boolean exact, List<T> results) {

  public Results {
    results = List.copyOf(results);
  }
}
