package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch over a directory of good and hostile files, all generated here: each bad file gets one
 * error line naming it and the problem, no stack trace, the good ones are all printed, and the
 * exit code says some inputs were bad.
 */
class HostileBatchTest {

  private static final String STORY = "<p>GENEVA (AP) — The ministers met on Monday and agreed to"
      + " meet again next week, officials said.</p>";

  @TempDir
  Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes, int times) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 0; i < times; i++) {
        gz.write(bytes);
      }
    }
    return out.toByteArray();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void aBatchOfHostileFilesNamesEachBadOneAndPrintsEveryGoodOne() throws IOException {
    write("a-good.html", utf8("<html><head><title>Ministers meet</title></head><body><article>"
        + STORY + "</article></body></html>"));
    write("a-good.jsonl", utf8("{\"url\":\"https://example.com/1\",\"text\":\"Officials said the"
        + " talks would resume.\"}\nnot json\n{\"url\":\"https://example.com/2\",\"published\":"
        + "\"0000-00-00\",\"text\":\"A second story, with an impossible date.\"}\n"));
    write("a-good.txt", utf8("Ministers meet in Geneva\n\nGENEVA (AP) — The ministers met on"
        + " Monday, officials said.\u0000\u0001" + " They will meet again.".repeat(20) + "\n"));
    write("a-deep.html", utf8("<html><body>" + "<div>".repeat(100_000) + STORY
        + "</div>".repeat(100_000) + "</body></html>"));
    write("b-empty.html", new byte[0]);
    write("c-blank.txt", utf8(" \n\t\r\n "));
    write("d-photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    write("e-report.html", utf8("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
    write("f-bundle.jsonl", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', '.', 'h'});
    byte[] page = utf8("<html><body><article>" + STORY.repeat(100) + "</article></body></html>");
    byte[] zipped = gzip(page, 1);
    write("g-truncated.html.gz", Arrays.copyOf(zipped, zipped.length / 2));
    byte[] corrupt = zipped.clone();
    corrupt[corrupt.length - 5] ^= 0x7F;
    write("h-corrupt.html.gz", corrupt);
    write("i-bomb.html.gz", gzip(utf8("<p>ha ha ha</p>\n".repeat(1 << 16)), 3 * 16));
    write("j-nuls.txt", new byte[4096]);
    write("k-laughs.rss", utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        + "<rss><channel><item><description>&c;</description></item></channel></rss>"));
    write("l-garbage.warc", utf8("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n"));
    write("m-broken.jsonl", utf8("{\"url\": \n[1, 2]\n"));

    CliRun run = CliRun.of("extract", "--format", "jsonl", "--max-input-mb", "2",
        dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    List<String> errors = run.err().lines().filter(l -> l.startsWith("dossier: error: "))
        .map(l -> l.substring("dossier: error: ".length())).toList();
    assertThat(errors).containsExactly(
        dir.resolve("b-empty.html") + ": empty file",
        dir.resolve("c-blank.txt") + ": blank file: only whitespace",
        dir.resolve("d-photo.png") + ": binary file (PNG image), not a news article",
        dir.resolve("e-report.html") + ": binary file (PDF document), not a news article",
        dir.resolve("f-bundle.jsonl") + ": binary file (ZIP archive), not a news article",
        dir.resolve("g-truncated.html.gz")
            + ": truncated gzip data: the compressed stream ends unexpectedly",
        dir.resolve("h-corrupt.html.gz") + ": corrupt gzip data: Corrupt GZIP trailer",
        dir.resolve("i-bomb.html.gz") + ": gzip data expands past the input limit of 2 MiB"
            + " (raise it with --max-input-mb; a decompression bomb?)",
        dir.resolve("j-nuls.txt") + ": binary file (contains NUL bytes), not a news article",
        dir.resolve("k-laughs.rss") + ": not a well-formed XML feed (line 1, column 182):"
            + " The entity \"c\" was referenced, but not declared.",
        dir.resolve("l-garbage.warc") + ": no article found (skipped a corrupt WARC record at"
            + " offset 0: malformed header: For input string: \"x\")",
        dir.resolve("m-broken.jsonl") + ": no article found (line 1 is not JSON: Unexpected"
            + " end-of-input within/between Object entries)");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");

    List<JsonNode> printed = run.out().lines().map(HostileBatchTest::json).toList();
    assertThat(printed).extracting(a -> a.get("source").asText()).containsExactly(
        dir.resolve("a-deep.html").toString(), dir.resolve("a-good.html").toString(),
        "https://example.com/1", "https://example.com/2", dir.resolve("a-good.txt").toString());
    assertThat(printed.get(3).path("published").isTextual()).isFalse();
    assertThat(printed.get(4).get("text").asText()).doesNotContain("\u0000").doesNotContain("\u0001");
  }

  private static JsonNode json(String line) {
    try {
      return DossierJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }
}
