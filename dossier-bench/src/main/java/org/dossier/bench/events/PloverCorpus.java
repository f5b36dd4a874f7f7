package org.dossier.bench.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PLOVER gold-standard development sentences ({@code gsr-dev.json}) read from the shared
 * evaluation folder, {@code ${dossier.shared}/eval/plover}; the file stays there and is never
 * copied into the project. Event types of PLOVER 0.5 are mapped to the current sixteen.
 */
public final class PloverCorpus {

  /** PLOVER 0.5 types that the current set merged into others. */
  static final Map<String, String> OLD_TYPES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private PloverCorpus() {
  }

  /** The gold file: the system property dossier.shared (default ../shared) + eval/plover. */
  public static Path file() {
    return Path.of(System.getProperty("dossier.shared", "../shared"), "eval", "plover",
        "gsr-dev.json");
  }

  public static boolean available() {
    return Files.isRegularFile(file());
  }

  /** Every record of the file, in file order. */
  public static List<PloverRecord> load() {
    try {
      JsonNode root = new ObjectMapper().readTree(file().toFile());
      List<PloverRecord> records = new ArrayList<>();
      for (JsonNode n : root) {
        String event = n.path("event").asText();
        records.add(new PloverRecord(n.path("id").asText(), n.path("text").asText().trim(),
            LocalDate.parse(n.path("date").asText()), OLD_TYPES.getOrDefault(event, event),
            codes(n.get("source")), codes(n.get("target"))));
      }
      return List.copyOf(records);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the PLOVER gold standard " + file(), e);
    }
  }

  // Actors are a list of {actorText, code}; an absent recipient is null, "" or a bare word.
  private static List<String> codes(JsonNode actors) {
    List<String> codes = new ArrayList<>();
    if (actors != null && actors.isArray()) {
      for (JsonNode a : actors) {
        String code = a.path("code").asText("");
        if (!code.isBlank()) {
          codes.add(code.trim());
        }
      }
    }
    return codes;
  }
}
