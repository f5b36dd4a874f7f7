package org.dossier.bench.extraction;

import static java.util.Objects.requireNonNull;

/** One page of the article-extraction-benchmark: its id, URL, HTML and gold article body. */
public record AebPage(String id, String url, String html, String gold) {

  public AebPage {
    requireNonNull(id, "id");
    requireNonNull(url, "url");
    requireNonNull(html, "html");
    requireNonNull(gold, "gold");
  }
}
