package org.dossier.cli;

/** The exit codes of the {@code dossier} command. */
public final class ExitCode {
  /** Everything worked. */
  public static final int OK = 0;
  /** Dossier itself failed. */
  public static final int SOFTWARE = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** At least one input could not be read; the others were processed. */
  public static final int INPUT = 3;

  private ExitCode() {
  }
}
