package org.dossier.spark;

import org.dossier.model.DossierException;

/** The job cannot start: an input is missing or the output is taken. Names the path. */
public final class JobException extends DossierException {

  private static final long serialVersionUID = 1L;

  public JobException(String path, String message) {
    super(path, message);
  }
}
