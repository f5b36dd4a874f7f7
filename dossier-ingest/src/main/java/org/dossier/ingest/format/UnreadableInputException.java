package org.dossier.ingest.format;

import java.io.IOException;

/**
 * An input with nothing to read in it: empty, blank, an image, an archive. The message says which.
 */
public final class UnreadableInputException extends IOException {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String message) {
    super(message);
  }
}
