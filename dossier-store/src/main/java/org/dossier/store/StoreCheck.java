package org.dossier.store;

/**
 * Whether the database and the search index of a store agree: the rows of each kind in the
 * database, the documents of that kind in the index, and the batch each last committed.
 */
public record StoreCheck(
    long articles, long indexedArticles,
    long events, long indexedEvents,
    long quotes, long indexedQuotes,
    long batch, long indexedBatch) {

  /** True when the index holds exactly what the database holds. */
  public boolean consistent() {
    return articles == indexedArticles && events == indexedEvents && quotes == indexedQuotes
        && batch == indexedBatch;
  }
}
