package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.extract.quote.SpeechLexicon;
import org.dossier.extract.text.WordList;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Takes out of names the first word a tagger read together with them. News prose inverts a
 * sentence to "Said Ellis: "…"", and a tagger sees "Said Ellis" as one capitalized name: a verb
 * form opening its sentence before another capitalized word is cut. And an abbreviated title
 * whose period the NLP stage hid from the tokenizer ("Del. Stacey Plaskett") is no part of the
 * name.
 */
final class InvertedCueTrimmer {

  private final SpeechLexicon lexicon;
  private final Set<String> hiddenPeriodTitles;

  InvertedCueTrimmer(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
    this.hiddenPeriodTitles = Set.copyOf(
        WordList.lines(WordList.class, WordList.SENTENCE_BREAKING_TITLES));
  }

  List<NamedEntityMention> trim(ParsedText parsed, List<NamedEntityMention> mentions) {
    List<NamedEntityMention> out = new ArrayList<>(mentions.size());
    for (NamedEntityMention m : mentions) {
      out.add(opensWithCue(parsed, m) ? withoutFirstWord(parsed, m) : m);
    }
    return out;
  }

  private boolean opensWithCue(ParsedText parsed, NamedEntityMention m) {
    if (m.endToken() - m.firstToken() < 2) {
      return false;
    }
    Token first = parsed.tokens().get(m.firstToken());
    if (m.type().equals("PERSON") && hiddenPeriodTitles.contains(first.word())) {
      return true;
    }
    return lexicon.isInvertedCue(first.word()) && parsed.sentenceOf(first).firstToken() == first.index();
  }

  private static NamedEntityMention withoutFirstWord(ParsedText parsed, NamedEntityMention m) {
    Token second = parsed.tokens().get(m.firstToken() + 1);
    return new NamedEntityMention(m.type(), second.start(), m.end(),
        parsed.text().substring(second.start(), m.end()), m.firstToken() + 1, m.endToken());
  }
}
