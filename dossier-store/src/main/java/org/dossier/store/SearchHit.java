package org.dossier.store;

import static java.util.Objects.requireNonNull;

/** An article that matches a search: the article, its relevance score and a snippet of text. */
public record SearchHit(ArticleRef article, float score, String snippet) {

  public SearchHit {
    requireNonNull(article, "article");
    requireNonNull(snippet, "snippet");
  }
}
