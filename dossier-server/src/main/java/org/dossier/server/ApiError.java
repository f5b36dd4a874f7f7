package org.dossier.server;

import static java.util.Objects.requireNonNull;

/** The body of every error answer: what went wrong, in one line, and the HTTP status. */
record ApiError(String error, int status) {

  ApiError {
    requireNonNull(error, "error");
  }
}
