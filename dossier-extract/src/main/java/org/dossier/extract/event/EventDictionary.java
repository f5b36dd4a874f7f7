package org.dossier.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that report political events, read from {@code event-dictionary.tsv} (its header
 * documents the format). A verb entry may require a particle ("crack down", "call for").
 * Immutable.
 */
public final class EventDictionary {

  static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
      "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
      "MOBILIZE", "COERCE", "ASSAULT");
  private static final String FILE = "event-dictionary.tsv";
  private static final String ANY = "-";

  private final Map<String, Map<String, EventType>> verbs;
  private final Map<String, EventType> nouns;

  private EventDictionary(Map<String, Map<String, EventType>> verbs, Map<String, EventType> nouns) {
    this.verbs = verbs;
    this.nouns = nouns;
  }

  public static EventDictionary builtIn() {
    Map<String, Map<String, EventType>> verbs = new HashMap<>();
    Map<String, EventType> nouns = new HashMap<>();
    try (InputStream in = EventDictionary.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + FILE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 6 || !PLOVER.contains(f[3]) || !f[4].matches("\\d{2,4}")) {
          throw new IllegalStateException(FILE + ":" + lineNo + ": expected kind, lemma, particle,"
              + " PLOVER code, CAMEO code, mode; got '" + line + "'");
        }
        EventType type = new EventType(f[3], f[4], f[5].equals(ANY) ? Optional.empty() : Optional.of(f[5]));
        if (f[0].equals("verb")) {
          verbs.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], type);
        } else {
          nouns.put(f[1], type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    return new EventDictionary(Map.copyOf(verbs), Map.copyOf(nouns));
  }

  /** The event a verb reports, given the particles and prepositions attached to it. */
  Optional<EventType> verb(String lemma, List<String> particles) {
    Map<String, EventType> entries = verbs.get(lemma.toLowerCase(Locale.ROOT));
    if (entries == null) {
      return Optional.empty();
    }
    for (String p : particles) {
      EventType t = entries.get(p.toLowerCase(Locale.ROOT));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.ofNullable(entries.get(ANY));
  }

  /** The event a noun names ("talks", "invasion"). */
  Optional<EventType> noun(String lemma) {
    return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
  }
}
