package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.WordList;
import org.dossier.nlp.Token;

/**
 * The words that signal speech and its setting, read from the data files beside this class:
 * speech verbs ({@code speech-verbs.txt}) and nouns ({@code speech-nouns.txt}), channel nouns
 * ({@code channel-nouns.txt}), verbs whose object or infinitive is reported
 * ({@code stance-verbs.txt}, {@code intention-verbs.txt}), the phrasal uses of speech verbs that
 * are not speech ({@code phrasal-verbs-not-speech.txt}), verbs and adjectives whose
 * prepositional object is what was said ({@code topic-phrases.txt}), documents that report
 * findings ({@code evidence-nouns.txt}) and the
 * words that announce a title rather than a quote ({@code title-cues.txt}). Immutable.
 */
public final class SpeechLexicon {

  private static final Set<String> INVERTED_CUES = Set.of("said", "says", "added", "asked",
      "wrote", "replied", "continued", "explained", "noted");

  private final Set<String> speechVerbs;
  private final Set<String> speechNouns;
  private final Set<String> channelNouns;
  private final Set<String> titleCues;
  private final Set<String> intentionVerbs;
  private final Set<String> stanceVerbs;
  private final Set<String> phrasalNotSpeech;
  private final Set<String> topicPhrases;
  private final Set<String> topicWords;
  private final Set<String> evidenceNouns;

  private SpeechLexicon(Set<String> speechVerbs, Set<String> speechNouns, Set<String> channelNouns,
      Set<String> titleCues, Set<String> intentionVerbs, Set<String> stanceVerbs,
      Set<String> phrasalNotSpeech, Set<String> topicPhrases, Set<String> evidenceNouns) {
    this.speechVerbs = speechVerbs;
    this.speechNouns = speechNouns;
    this.channelNouns = channelNouns;
    this.titleCues = titleCues;
    this.intentionVerbs = intentionVerbs;
    this.stanceVerbs = stanceVerbs;
    this.phrasalNotSpeech = phrasalNotSpeech;
    this.topicPhrases = topicPhrases;
    this.evidenceNouns = evidenceNouns;
    this.topicWords = topicPhrases.stream().map(p -> p.substring(0, p.indexOf(' ')))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public static SpeechLexicon builtIn() {
    return new SpeechLexicon(read("speech-verbs.txt"), read("speech-nouns.txt"),
        read("channel-nouns.txt"), read("title-cues.txt"), read("intention-verbs.txt"),
        read("stance-verbs.txt"), read("phrasal-verbs-not-speech.txt"),
        read("topic-phrases.txt"), read("evidence-nouns.txt"));
  }

  /** Whether a verb's infinitive complement reports the subject's stance ("voted to …"). */
  public boolean isIntentionVerb(String lemma) {
    return intentionVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether a verb's nominal object is reported content ("criticized the plan", "cites data"). */
  public boolean isStanceVerb(String lemma) {
    return stanceVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isSpeechVerb(String lemma) {
    return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a verb in a parse speaks: a speech verb, unless its particle turns it into another
   * verb ("show up", "call off").
   */
  public boolean isSpeechVerb(DependencyTree tree, Token verb) {
    return verb.isVerb() && isSpeechVerb(verb.lemma())
        && tree.child(verb, r -> r.equals("compound:prt"))
            .map(p -> !phrasalNotSpeech.contains(
                (verb.lemma() + " " + p.word()).toLowerCase(Locale.ROOT)))
            .orElse(true);
  }

  /** Whether a word takes what was said as its object after a preposition ("rail against"). */
  public boolean takesTopic(String lemma) {
    return topicWords.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether a word and preposition take what was said as the object ("critical of"). */
  public boolean isTopicPhrase(String lemma, String preposition) {
    return topicPhrases.contains((lemma + " " + preposition).toLowerCase(Locale.ROOT));
  }

  /** Whether a noun names a document that reports findings ("poll", "audit"). */
  public boolean isEvidenceNoun(String lemma) {
    return evidenceNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isSpeechNoun(String lemma) {
    return speechNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isChannelNoun(String lemma) {
    return channelNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a word is the verb of an inverted lead-in, "Said Ellis: "…"", where a tagger may take
   * it for part of the name after it.
   */
  public boolean isInvertedCue(String word) {
    return INVERTED_CUES.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isTitleCue(String word) {
    return titleCues.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> read(String file) {
    return WordList.read(SpeechLexicon.class, file);
  }
}
