package org.dossier.server;

import java.util.List;

/**
 * One page of a paginated answer: the results from {@code offset}, at most {@code limit} of
 * them, and how many there are in all ({@code exact} false when {@code total} is a lower bound).
 */
record Page<T>(long total, boolean exact, int offset, int limit, List<T> results) {

  Page {
    results = List.copyOf(results);
  }
}
