package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

  @TempDir
  Path folder;

  @Test
  void aPortInUseIsNamedWithoutAStackTrace() throws Exception {
    Path db = folder.resolve("dossier.duckdb");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--db", db.toString(), "--port",
          Integer.toString(taken.getLocalPort()));
      assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
      assertThat(run.err()).startsWith("dossier: error: 127.0.0.1:" + taken.getLocalPort()
          + ": cannot listen there").contains("--port").doesNotContain("\tat ");
    }
    Path token = folder.resolve("dossier.duckdb.token");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token)))
        .isEqualTo("rw-------");
  }

  @Test
  void helpNamesTheTokenAndTheDefaults() {
    CliRun run = CliRun.of("help", "serve");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--port").contains("Default: 8080").contains("127.0.0.1")
        .contains("token");
  }
}
