package org.dossier.store;

/** A search query or filter the store cannot understand; quotes the offending input. */
public final class QuerySyntaxException extends StoreException {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String query, String message, Throwable cause) {
    super(query, message, cause);
  }

  @Override
  public String describe() {
    return getMessage();
  }
}
