package org.dossier.cli;

import org.dossier.model.DossierException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure inside a command into one line on stderr and an exit code. The stack trace is
 * shown only with {@code --verbose}: users need the message, developers the trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose = parsed.subcommands().stream()
        .anyMatch(p -> p.hasMatchedOption("--verbose")) || parsed.hasMatchedOption("--verbose");
    String message = e instanceof DossierException d ? d.describe() : describe(e);
    cli.getErr().println("dossier: error: " + message);
    if (verbose) {
      e.printStackTrace(cli.getErr());
    }
    return exitCode(e);
  }

  static int reportFatal(Error e, java.io.PrintWriter err, boolean verbose) {
    err.println("dossier: error: " + describe(e));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.SOFTWARE;
  }

  static int exitCode(Throwable e) {
    if (e instanceof CommandLine.ParameterException) {
      return ExitCode.USAGE;
    }
    return e instanceof DossierException ? ExitCode.INPUT : ExitCode.SOFTWARE;
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "out of memory; give Java more with DOSSIER_JAVA_OPTS=-Xmx6g";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message)
        + " (run with --verbose for details)";
  }
}
