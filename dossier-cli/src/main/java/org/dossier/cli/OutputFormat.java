package org.dossier.cli;

/** How a command prints its results. */
public enum OutputFormat {
  /** A readable summary for people. */
  text,
  /** Pretty JSON, one object per article. */
  json,
  /** One compact JSON object per line. */
  jsonl
}
