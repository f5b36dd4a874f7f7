package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.quote.SpeechLexicon;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Takes the speech verb out of names the tagger read together with it: news prose inverts a
 * sentence to "Said Ellis: "…"", and a tagger sees "Said Ellis" as one capitalized name. Only a
 * verb form opening its sentence, before another capitalized word, is cut.
 */
final class InvertedCueTrimmer {

  private final SpeechLexicon lexicon;

  InvertedCueTrimmer(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
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
    return lexicon.isInvertedCue(first.word()) && parsed.sentenceOf(first).firstToken() == first.index();
  }

  private static NamedEntityMention withoutFirstWord(ParsedText parsed, NamedEntityMention m) {
    Token second = parsed.tokens().get(m.firstToken() + 1);
    return new NamedEntityMention(m.type(), second.start(), m.end(),
        parsed.text().substring(second.start(), m.end()), m.firstToken() + 1, m.endToken());
  }
}
