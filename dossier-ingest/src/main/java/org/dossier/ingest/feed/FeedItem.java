package org.dossier.ingest.feed;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One item of a feed as written: title, link, dates as strings, the summary and the full content
 * (HTML or text), author and categories.
 */
public record FeedItem(
    Optional<String> title,
    Optional<String> link,
    Optional<String> published,
    Optional<String> summary,
    Optional<String> content,
    Optional<String> author,
    List<String> categories) {

  public FeedItem {
    requireNonNull(title, "title");
    requireNonNull(link, "link");
    requireNonNull(published, "published");
    requireNonNull(summary, "summary");
    requireNonNull(content, "content");
    requireNonNull(author, "author");
    categories = List.copyOf(categories);
  }

  /** The fullest text the item carries: its content, else its summary. */
  public Optional<String> body() {
    return content.filter(c -> !c.isBlank()).or(() -> summary.filter(s -> !s.isBlank()));
  }
}
