package org.dossier.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.dossier.model.DossierJson;

/**
 * A benchmark's result file under {@code bench/results/}: what was measured, plus the machine
 * and moment it was measured on, so figures from different runs can be told apart.
 */
public final class BenchReport {

  private final ObjectNode root = DossierJson.mapper().createObjectNode();

  public BenchReport(String benchmark, String description) {
    root.put("benchmark", benchmark);
    root.put("description", description);
    root.put("measuredAt", Instant.now().toString());
    ObjectNode machine = root.putObject("machine");
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("java", System.getProperty("java.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    machine.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }

  /** A new, empty JSON object for a report's parts. */
  public static ObjectNode mapperNode() {
    return DossierJson.mapper().createObjectNode();
  }

  /** The JSON object to fill with the figures. */
  public ObjectNode root() {
    return root;
  }

  /** Writes the report to {@code bench/results/<name>.json} under the project directory. */
  public Path write(Path projectDir, String name) {
    Path file = projectDir.resolve("bench/results").resolve(name + ".json");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, DossierJson.toJson(root) + "\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The project directory: the working directory, or its parent when run from a module. */
  public static Path projectDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("bench/results")) ? here : here.getParent();
  }

  /** The shared evaluation data folder ({@code -Ddossier.shared}, default {@code ../shared}). */
  public static Path shared() {
    String configured = System.getProperty("dossier.shared");
    if (configured != null) {
      return Path.of(configured);
    }
    Path candidate = projectDir().resolve("../shared").normalize();
    return candidate;
  }
}
