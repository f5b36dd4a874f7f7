package org.dossier.ingest;

import org.dossier.model.DossierException;

/** An input that cannot be read as news: names the input and says what is wrong with it. */
public class IngestException extends DossierException {
  private static final long serialVersionUID = 1L;

  public IngestException(String source, String message) {
    super(source, message);
  }

  public IngestException(String source, String message, Throwable cause) {
    super(source, message, cause);
  }
}
