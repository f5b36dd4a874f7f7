package org.dossier.store;

/** Another process holds the store: only one process may write it, and none may read it then. */
public final class StoreLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreLockedException(String source, String message) {
    super(source, message);
  }

  /** One line for the user; the message already names the store. */
  @Override
  public String describe() {
    return getMessage();
  }
}
