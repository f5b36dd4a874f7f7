package org.dossier.server;

import org.dossier.model.DossierException;

/** The server could not start or serve: the source is the address it was to listen on. */
public final class ServerException extends DossierException {
  private static final long serialVersionUID = 1L;

  public ServerException(String source, String message, Throwable cause) {
    super(source, message, cause);
  }
}
