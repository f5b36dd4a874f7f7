package org.dossier.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The nouns that name groups acting for a country or a side — "forces", "militiamen",
 * "protesters", "authorities" — with their sector, read from {@code agents.tsv} (its header
 * documents the format). Lookup forgives one typo in long words ("auhorities"), since news copy
 * has them. Immutable and thread-safe.
 */
final class AgentLexicon {

  private static final String FILE = "agents.tsv";
  private static final int TYPO_MIN_LENGTH = 9;

  /**
   * A group noun: its sector (empty for words that only count or collect, "group of"), its plural
   * for names, and whether the sector is weak ("leader": a "rebel leader" is a rebel).
   */
  record Agent(String lemma, Optional<String> sector, String plural, boolean weak) {

    boolean isCollective() {
      return sector.isEmpty();
    }
  }

  private final Map<String, Agent> agents;
  private final Map<String, Agent> byPlural;

  private AgentLexicon(Map<String, Agent> agents) {
    this.agents = Map.copyOf(agents);
    Map<String, Agent> plurals = new HashMap<>();
    agents.values().forEach(a -> plurals.putIfAbsent(a.plural(), a));
    this.byPlural = Map.copyOf(plurals);
  }

  static AgentLexicon builtIn() {
    Map<String, Agent> agents = new HashMap<>();
    try (InputStream in = AgentLexicon.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + FILE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("lemma\t")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3 || !f[1].matches("-|[A-Z]{3}\\??")) {
          throw new IllegalStateException(FILE + ":" + lineNo + ": expected lemma, sector (or -),"
              + " plural; got '" + line + "'");
        }
        boolean weak = f[1].endsWith("?");
        Optional<String> sector = f[1].equals("-") ? Optional.empty()
            : Optional.of(f[1].replace("?", ""));
        agents.put(f[0], new Agent(f[0], sector, f[2], weak));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    return new AgentLexicon(agents);
  }

  /** The group a word names, by lemma or word, or one typo away from a long one. */
  Optional<Agent> find(String lemma, String word) {
    String l = lemma.toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    Agent exact = agents.getOrDefault(l, agents.getOrDefault(w, byPlural.get(w)));
    if (exact != null || w.length() < TYPO_MIN_LENGTH || !w.chars().allMatch(Character::isLetter)) {
      return Optional.ofNullable(exact);
    }
    for (Agent a : agents.values()) {
      if (a.plural().length() >= TYPO_MIN_LENGTH && oneEditApart(a.plural(), w)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether two words differ by one inserted, deleted or replaced letter, or two swapped ones
   * (never the first letter).
   */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.isEmpty() || b.isEmpty()
        || a.charAt(0) != b.charAt(0) || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
      return swapped || a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }
}
