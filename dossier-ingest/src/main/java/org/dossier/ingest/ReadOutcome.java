package org.dossier.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dossier.model.Article;

/** What reading one input gave: its articles, or the reason it could not be read. */
public sealed interface ReadOutcome {

  String source();

  /** The input was read; a feed or crawl may hold many articles, a page one. */
  record Read(String source, List<Article> articles, List<String> warnings)
      implements ReadOutcome {
    public Read {
      requireNonNull(source, "source");
      articles = List.copyOf(articles);
      warnings = List.copyOf(warnings);
    }
  }

  /** The input could not be read at all. */
  record Failed(String source, IngestException error) implements ReadOutcome {
    public Failed {
      requireNonNull(source, "source");
      requireNonNull(error, "error");
    }
  }
}
