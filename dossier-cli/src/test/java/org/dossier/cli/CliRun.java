package org.dossier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one in-process run of the {@code dossier} command: exit code, stdout, stderr. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DossierCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
