package org.dossier.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that signal speech and its setting, read from the data files beside this class:
 * speech verbs ({@code speech-verbs.txt}) and nouns ({@code speech-nouns.txt}), channel nouns
 * ({@code channel-nouns.txt}) and the
 * words that announce a title rather than a quote ({@code title-cues.txt}). Immutable.
 */
public final class SpeechLexicon {

  private final Set<String> speechVerbs;
  private final Set<String> speechNouns;
  private final Set<String> channelNouns;
  private final Set<String> titleCues;

  private SpeechLexicon(Set<String> speechVerbs, Set<String> speechNouns, Set<String> channelNouns,
      Set<String> titleCues) {
    this.speechVerbs = speechVerbs;
    this.speechNouns = speechNouns;
    this.channelNouns = channelNouns;
    this.titleCues = titleCues;
  }

  public static SpeechLexicon builtIn() {
    return new SpeechLexicon(read("speech-verbs.txt"), read("speech-nouns.txt"),
        read("channel-nouns.txt"), read("title-cues.txt"));
  }

  public boolean isSpeechVerb(String lemma) {
    return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isSpeechNoun(String lemma) {
    return speechNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isChannelNoun(String lemma) {
    return channelNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isTitleCue(String word) {
    return titleCues.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> read(String file) {
    try (InputStream in = SpeechLexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon file " + file);
      }
      Set<String> words = new LinkedHashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon file " + file, e);
    }
  }
}
