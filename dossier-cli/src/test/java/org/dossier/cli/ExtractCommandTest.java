package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final String STORY = "World\n\nMinisters meet in Geneva to resume talks\n\n"
      + "March 3, 2025 • 2 min read\n\nGENEVA (AP) — The ministers met on Monday and agreed to"
      + " meet again next week, officials said.\n\nNEWSLETTER\n\nGet the latest updates.\n";

  @TempDir
  Path dir;

  @Test
  void printsTheArticleObjectAsJson() throws IOException {
    Path page = Files.writeString(dir.resolve("page.txt"), STORY);
    CliRun run = CliRun.of("extract", "--format", "json", page.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode article = DossierJson.mapper().readTree(run.out());
    assertThat(article.get("source").asText()).isEqualTo(page.toString());
    assertThat(article.get("title").asText()).isEqualTo("Ministers meet in Geneva to resume talks");
    assertThat(article.get("dateline").get("countryCode").asText()).isEqualTo("CH");
    assertThat(article.get("text").asText()).doesNotContain("NEWSLETTER");
  }

  @Test
  void namesEachBadInputOnOneLineAndGoesOnWithTheGoodOnes() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), STORY);
    Files.write(dir.resolve("b-empty.txt"), new byte[0]);
    Files.write(dir.resolve("c-image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    Files.write(dir.resolve("d-legacy.txt"), STORY.replace("•", "-").replace("—", "-")
        .replace("meet in", "meet in the café in").getBytes(Charset.forName("windows-1252")));
    CliRun run = CliRun.of("extract", "--format", "jsonl", dir.toString(),
        dir.resolve("missing.txt").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out()).contains("café");
    assertThat(run.err().lines()).containsExactly(
        "dossier: error: " + dir.resolve("b-empty.txt") + ": empty file",
        "dossier: error: " + dir.resolve("c-image.png") + ": binary file (PNG image), not a news article",
        "dossier: warning: " + dir.resolve("d-legacy.txt") + ": not valid UTF-8; decoded as windows-1252",
        "dossier: error: " + dir.resolve("missing.txt") + ": no such file or directory");
  }

  @Test
  void rejectsAnUnknownFormatWithUsageExitCode() {
    CliRun run = CliRun.of("extract", "--format", "xml", "x.txt");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("xml");
  }

  @Test
  void helpTeachesWithExamples() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("analyze").contains("extract").contains("Examples:");
  }

  @Test
  void readsStandardInputAsDash() throws IOException {
    var saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.of("extract", "--format", "jsonl", "-");
      assertThat(run.exitCode()).isZero();
      assertThat(DossierJson.mapper().readTree(run.out()).get("source").asText()).isEqualTo("-");
    } finally {
      System.setIn(saved);
    }
  }
}
