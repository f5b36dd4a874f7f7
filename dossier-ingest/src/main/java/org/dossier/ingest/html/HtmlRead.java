package org.dossier.ingest.html;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dossier.model.Article;

/** An article read from HTML bytes and what decoding them had to say. */
public record HtmlRead(Article article, List<String> warnings) {

  public HtmlRead {
    requireNonNull(article, "article");
    warnings = List.copyOf(warnings);
  }
}
