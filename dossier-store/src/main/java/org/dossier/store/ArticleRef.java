package org.dossier.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** The article a result comes from, so every answer can be traced to its evidence. */
public record ArticleRef(String id, Optional<String> title, Optional<LocalDate> published,
    String source, Optional<String> url) {

  public ArticleRef {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(published, "published");
    requireNonNull(source, "source");
    requireNonNull(url, "url");
  }
}
