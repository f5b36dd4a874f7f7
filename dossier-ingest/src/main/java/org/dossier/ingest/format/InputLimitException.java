package org.dossier.ingest.format;

import java.io.IOException;

/** An input, or what it decompresses to, ran past a size limit; the message says which. */
public final class InputLimitException extends IOException {
  private static final long serialVersionUID = 1L;

  public InputLimitException(String message) {
    super(message);
  }
}
