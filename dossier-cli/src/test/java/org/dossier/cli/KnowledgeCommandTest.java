package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeCommandTest {

  private static final String AMEDI = String.join("\t", "9000001", "Amedi", "Amedi", "Amadiya",
      "37.0925", "43.4877", "P", "PPL", "IQ", "", "", "", "", "", "6000", "", "1200",
      "Asia/Baghdad", "2024-01-01") + "\n";

  @TempDir
  Path dir;

  @Test
  void importsAGeonamesDumpIntoTheKnowledgeHome() throws Exception {
    Path dump = Files.writeString(dir.resolve("cities.txt"), AMEDI);
    Path home = dir.resolve("home");
    CliRun run = CliRun.of("knowledge", "import-geonames", "--home", home.toString(),
        dump.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("imported 1 places from " + dump + " into " + home + "\n");
    assertThat(home.resolve("geonames.txt")).hasContent(AMEDI.strip());
  }

  @Test
  void aMissingDumpIsOneErrorLineAndExitCodeThree() {
    Path missing = dir.resolve("no-such.zip");
    CliRun run = CliRun.of("knowledge", "import-geonames", "--home", dir.toString(),
        missing.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("dossier: error: " + missing + ": cannot read GeoNames dump");
    assertThat(run.out()).isEmpty();
  }
}
