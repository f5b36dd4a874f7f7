package org.dossier.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word lists and small tables Dossier ships as data files beside its classes: one
 * entry per line, {@code #} starts a comment, blank lines are skipped. A missing or unreadable
 * file is a broken installation and fails loudly, naming the file.
 */
public final class WordList {

  /**
   * Abbreviated titles the tokenizer takes for the end of a sentence before a name ("Del."),
   * beside this class.
   */
  public static final String SENTENCE_BREAKING_TITLES = "sentence-breaking-titles.txt";

  private WordList() {
  }

  /** The lower-cased entries of {@code file}, a resource next to {@code owner}. */
  public static Set<String> read(Class<?> owner, String file) {
    Set<String> words = new LinkedHashSet<>();
    for (String line : lines(owner, file)) {
      words.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  /** The non-comment lines of {@code file}, trimmed, as written. */
  public static List<String> lines(Class<?> owner, String file) {
    try (InputStream in = owner.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + file + " beside " + owner.getName());
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.replaceFirst("#.*", "").strip();
        if (!entry.isEmpty()) {
          lines.add(entry);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + file, e);
    }
  }
}
