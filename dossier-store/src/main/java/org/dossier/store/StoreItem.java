package org.dossier.store;

import static java.util.Objects.requireNonNull;

import org.dossier.model.AnalyzedArticle;

/**
 * One analyzed article to store, with its origin: where it came from in a way that survives a
 * change of content (its URL, or the file it was read from). A stored article with the same
 * origin but another id is an older version and is replaced.
 */
public record StoreItem(AnalyzedArticle analyzed, String origin) {

  public StoreItem {
    requireNonNull(analyzed, "analyzed");
    requireNonNull(origin, "origin");
  }

  /** The item whose origin is the article's URL, or else its source. */
  public static StoreItem of(AnalyzedArticle analyzed) {
    return new StoreItem(analyzed, analyzed.article().url().orElse(analyzed.article().source()));
  }

  public String articleId() {
    return analyzed.article().id();
  }
}
