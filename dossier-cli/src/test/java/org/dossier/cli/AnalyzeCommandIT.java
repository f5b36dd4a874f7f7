package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.ContractSchema;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the models once: one run of the command covers the whole path. */
class AnalyzeCommandIT {

  private static final Path EXAMPLE = Path.of("../examples/vienna-2015-07-14-iran-nuclear-deal.txt");

  @TempDir
  Path dir;

  @Test
  void analyzesTheShippedExampleIntoAValidRecordAndReportsTiming() throws IOException {
    Path page = Files.copy(EXAMPLE, dir.resolve("example.txt"));
    Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    CliRun run = CliRun.of("analyze", "--format", "jsonl", dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    JsonNode record = DossierJson.mapper().readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(ContractSchema.load().violations(record)).isEmpty();
    assertThat(record.get("article").get("source").asText()).isEqualTo(page.toString());
    assertThat(record.get("article").get("dateline").get("countryCode").asText()).isEqualTo("AT");
    assertThat(run.err()).contains("dossier: error: " + dir.resolve("broken.png"))
        .containsPattern("analyzed 1 article in \\d+\\.\\d\\d s \\(\\d+\\.\\d\\d articles/s\\),"
            + " startup \\d+\\.\\d\\d s");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
