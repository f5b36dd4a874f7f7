package org.dossier.nlp.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words the heuristic tense oracle reads, by category ("future", "past", "auxiliary", ...),
 * loaded once from {@code tense-words.tsv} beside this class; users extend them there.
 * Immutable and thread-safe.
 */
final class TenseVocabulary {

  private static final TenseVocabulary STANDARD = load("tense-words.tsv");

  private final Map<String, Set<String>> categories;

  private TenseVocabulary(Map<String, Set<String>> categories) {
    this.categories = categories;
  }

  static TenseVocabulary standard() {
    return STANDARD;
  }

  /** The words of {@code category}, lower case with straight apostrophes; empty if unknown. */
  Set<String> words(String category) {
    return categories.getOrDefault(category, Set.of());
  }

  private static TenseVocabulary load(String resource) {
    Map<String, Set<String>> categories = new HashMap<>();
    try (InputStream in = TenseVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing tense vocabulary '" + resource + "'");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 2) {
          throw new IllegalStateException("Bad line in '" + resource + "': '" + line + "'");
        }
        Set<String> words = categories.computeIfAbsent(fields[0], k -> new HashSet<>());
        for (String word : fields[1].split("\\|")) {
          words.add(word.trim().replace('’', '\''));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read tense vocabulary '" + resource + "'", e);
    }
    categories.replaceAll((k, v) -> Set.copyOf(v));
    return new TenseVocabulary(Map.copyOf(categories));
  }
}
