package org.dossier.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that report political events, read from {@code event-dictionary.tsv} (its header
 * documents the format): verbs, with the particle or preposition and the object they may need
 * ("call for", "lift a curfew"); event nouns, with the modifier they may need ("hunger strike");
 * and the frame words around them (light verbs, intentions, refusals, speech). When several
 * entries fit, the one with the most conditions met wins. Immutable and thread-safe.
 */
public final class EventDictionary {

  private static final String FILE = "event-dictionary.tsv";
  private static final String ANY = "-";

  /** A verb entry: the particle or preposition and the object lemmas it needs, if any. */
  private record VerbPattern(Optional<String> link, Set<String> objects, EventType type) {

    int specificity() {
      return (link.isPresent() ? 1 : 0) + (objects.isEmpty() ? 0 : 2);
    }
  }

  /** A noun entry: the modifier it needs, if any. */
  private record NounPattern(Optional<String> modifier, EventType type) {
  }

  private final Map<String, List<VerbPattern>> verbs;
  private final Map<String, List<NounPattern>> nouns;
  private final Map<String, Set<Frame>> frames;

  private EventDictionary(Map<String, List<VerbPattern>> verbs,
      Map<String, List<NounPattern>> nouns, Map<String, Set<Frame>> frames) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
    this.frames = Map.copyOf(frames);
  }

  /** The dictionary shipped with Dossier. */
  public static EventDictionary builtIn() {
    try (InputStream in = EventDictionary.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + FILE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  static EventDictionary read(BufferedReader reader) throws IOException {
    Map<String, List<VerbPattern>> verbs = new HashMap<>();
    Map<String, List<NounPattern>> nouns = new HashMap<>();
    Map<String, Set<Frame>> frames = new HashMap<>();
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
        continue;
      }
      String[] f = line.split("\t");
      String kind = f[0];
      if (kind.equals("verb") || kind.equals("noun")) {
        EventType type = type(f, line, lineNo);
        if (kind.equals("verb")) {
          verbs.computeIfAbsent(f[1], k -> new ArrayList<>())
              .add(new VerbPattern(optional(f[2]), objects(f[3]), type));
        } else {
          nouns.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new NounPattern(optional(f[2]), type));
        }
      } else {
        frames.computeIfAbsent(f[1], k -> EnumSet.noneOf(Frame.class)).add(frame(kind, line, lineNo));
      }
    }
    return new EventDictionary(verbs, nouns, frames);
  }

  private static EventType type(String[] f, String line, int lineNo) {
    if (f.length != 7 || !EventType.PLOVER.contains(f[4]) || !f[5].matches("\\d{2,4}")) {
      throw new IllegalStateException(FILE + ":" + lineNo + ": expected kind, lemma, link, object,"
          + " PLOVER code, CAMEO code, mode; got '" + line + "'");
    }
    return new EventType(f[4], f[5], optional(f[6]));
  }

  private static Frame frame(String kind, String line, int lineNo) {
    try {
      return Frame.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(FILE + ":" + lineNo + ": unknown kind '" + kind + "' in '"
          + line + "'", e);
    }
  }

  private static Optional<String> optional(String field) {
    return field.equals(ANY) ? Optional.empty() : Optional.of(field);
  }

  private static Set<String> objects(String field) {
    return field.equals(ANY) ? Set.of() : Set.of(field.split("\\|"));
  }

  /**
   * The event a verb reports, given the particles and prepositions it takes and the lemmas of
   * its objects; the entry with the most conditions met wins.
   */
  Optional<EventType> verb(String lemma, Set<String> links, Set<String> objects) {
    VerbPattern best = null;
    for (VerbPattern p : verbs.getOrDefault(key(lemma), List.of())) {
      boolean fits = p.link().map(links::contains).orElse(true)
          && (p.objects().isEmpty() || p.objects().stream().anyMatch(objects::contains));
      if (fits && (best == null || p.specificity() > best.specificity())) {
        best = p;
      }
    }
    return Optional.ofNullable(best).map(VerbPattern::type);
  }

  /**
   * The event a noun names ("talks", "invasion"), given the words before it and the
   * prepositions of the phrases after it; an entry needing a word before the noun ("hunger
   * strike") beats one needing a preposition ("strike on"), which beats one needing nothing.
   */
  Optional<EventType> noun(String lemma, Set<String> words, Set<String> cases) {
    NounPattern best = null;
    int bestScore = -1;
    for (NounPattern p : nouns.getOrDefault(key(lemma), List.of())) {
      int score = p.modifier().map(m -> words.contains(m) ? 2 : cases.contains(m) ? 1 : -1)
          .orElse(0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).map(NounPattern::type);
  }

  /** Whether a word sets up that frame ("held" talks, "plans" to strike). */
  boolean hasFrame(String lemma, Frame frame) {
    return frames.getOrDefault(key(lemma), Set.of()).contains(frame);
  }

  private static String key(String lemma) {
    return lemma.toLowerCase(Locale.ROOT);
  }
}
