package org.dossier.ingest.dateline;

import static java.util.Objects.requireNonNull;

import org.dossier.model.Dateline;

/** A dateline and the length of the paragraph prefix it took, dash included. */
public record ParsedDateline(Dateline dateline, int length) {

  public ParsedDateline {
    requireNonNull(dateline, "dateline");
  }
}
