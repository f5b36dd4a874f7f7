package org.dossier.model;

import static java.util.Objects.requireNonNull;

/**
 * The base of Dossier's errors: something wrong with an input (or the store) that a user can act
 * on. Carries the {@code source} it concerns — a file, URL, WARC record or store — so the message
 * shown to the user names it.
 */
public class DossierException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;

  public DossierException(String source, String message) {
    super(requireNonNull(message, "message"));
    this.source = requireNonNull(source, "source");
  }

  public DossierException(String source, String message, Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.source = requireNonNull(source, "source");
  }

  /** The input this error concerns. */
  public String source() {
    return source;
  }

  /** One line for the user: {@code source: message}. */
  public String describe() {
    return source + ": " + getMessage();
  }
}
