package org.dossier.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The files an export wrote and the rows in each, in the order they were written. */
public record ExportResult(Map<Path, Long> files) {

  public ExportResult {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }
}
