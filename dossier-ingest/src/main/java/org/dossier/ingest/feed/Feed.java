package org.dossier.ingest.feed;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A parsed feed: the channel's title and language, and its items in order. */
public record Feed(Optional<String> title, Optional<String> language, List<FeedItem> items) {

  public Feed {
    requireNonNull(title, "title");
    requireNonNull(language, "language");
    items = List.copyOf(items);
  }
}
