package org.dossier.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dossier.model.DossierJson;

/**
 * Runs Mozilla Readability (with jsdom, under node) over the benchmark pages through
 * {@code dossier-bench/readability/extract.js}, installing its locked npm dependencies first when
 * they are missing. Node runs one thread of JavaScript, so the timing is single-threaded too.
 */
public final class ReadabilityBaseline {

  private final Path scriptDir;

  public ReadabilityBaseline(Path scriptDir) {
    this.scriptDir = scriptDir;
  }

  public SystemRun run(Path aebFolder, int warmupPages) {
    installIfMissing();
    Path out = temporaryFile();
    try {
      exec(List.of("node", "extract.js", aebFolder.toAbsolutePath().toString(),
          String.valueOf(warmupPages)), out.toFile());
      return parse(DossierJson.mapper().readTree(out.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Readability's output " + out, e);
    } finally {
      out.toFile().delete();
    }
  }

  /** The version of node that runs the baseline. */
  public String nodeVersion() {
    Path out = temporaryFile();
    try {
      exec(List.of("node", "--version"), out.toFile());
      return Files.readString(out).strip();
    } catch (IOException e) {
      return "unknown";
    } finally {
      out.toFile().delete();
    }
  }

  private void installIfMissing() {
    if (!Files.isDirectory(scriptDir.resolve("node_modules/@mozilla/readability"))) {
      exec(List.of("npm", "ci", "--no-audit", "--no-fund"), null);
    }
  }

  private static SystemRun parse(JsonNode json) {
    Map<String, String> texts = new HashMap<>();
    List<Double> millis = new ArrayList<>();
    for (Map.Entry<String, JsonNode> page : json.path("pages").properties()) {
      texts.put(page.getKey(), page.getValue().path("text").asText(""));
      millis.add(page.getValue().path("millis").asDouble());
    }
    String version = json.path("version").asText() + " (jsdom "
        + json.path("jsdomVersion").asText() + ")";
    return new SystemRun("readability", version, texts, json.path("seconds").asDouble(), millis);
  }

  private void exec(List<String> command, File stdout) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(scriptDir.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.redirectOutput(stdout == null ? ProcessBuilder.Redirect.INHERIT
        : ProcessBuilder.Redirect.to(stdout));
    try {
      Process process = builder.start();
      if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroy();
        throw new IllegalStateException("failed: " + String.join(" ", command) + " in "
            + scriptDir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
    }
  }

  private static Path temporaryFile() {
    try {
      return Files.createTempFile("readability", ".json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
