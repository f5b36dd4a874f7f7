package org.dossier.store;

import org.dossier.model.DossierException;

/**
 * Something wrong with a store that a user can act on: it is missing, locked, corrupt or not a
 * Dossier store, or a query or export could not be run. The source is the store file.
 */
public class StoreException extends DossierException {
  private static final long serialVersionUID = 1L;

  public StoreException(String source, String message) {
    super(source, message);
  }

  public StoreException(String source, String message, Throwable cause) {
    super(source, message, cause);
  }
}
