package org.dossier.ingest.format;

/** The kinds of input Dossier reads; gzip is a wrapper around any of them, not a format. */
public enum InputFormat {
  /** A web page. */
  HTML,
  /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item. */
  FEED,
  /** A Web ARChive: one article per HTML response record. */
  WARC,
  /** JSON Lines: one article per line, {@code {url, title, published, text | html}}. */
  JSONL,
  /** A news page saved as plain text. */
  TEXT
}
