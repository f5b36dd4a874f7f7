package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.dossier.extract.quote.SpeechLexicon;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Names the tagger missed where they speak: "PolitiFact says", "Zero Hedge asked". A run of
 * capitalized proper nouns that is the subject of a speech verb names a source, whatever the
 * tagger made of it; outlets, blogs and groups with made-up names are the ones it misses. The
 * kind of source is unknown, so the mention is an organization's unless the article's people
 * claim the name first (the entity stage tries them before it makes an organization).
 */
final class SpeakingNameFinder {

  private static final int MAX_NAME_WORDS = 4;

  private final SpeechLexicon lexicon;

  SpeakingNameFinder(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The untagged speaking names, outside quotations, that no mention of {@code tagged} covers. */
  List<NamedEntityMention> find(ParsedText parsed, List<NamedEntityMention> tagged,
      IntPredicate insideQuotation) {
    List<Token> tokens = parsed.tokens();
    boolean[] covered = new boolean[tokens.size()];
    for (NamedEntityMention m : tagged) {
      for (int i = m.firstToken(); i < m.endToken(); i++) {
        covered[i] = true;
      }
    }
    List<NamedEntityMention> found = new ArrayList<>();
    for (Token t : tokens) {
      if (!t.relation().startsWith("nsubj") || t.isRoot() || covered[t.index()]
          || !isNameWord(t) || insideQuotation.test(t.start())) {
        continue;
      }
      Token verb = tokens.get(t.head());
      if (!verb.isVerb() || !lexicon.isSpeechVerb(verb.lemma())) {
        continue;
      }
      int first = t.index();
      while (first > 0 && t.index() - first < MAX_NAME_WORDS - 1 && !covered[first - 1]
          && isNameWord(tokens.get(first - 1))
          && tokens.get(first - 1).sentence() == t.sentence()) {
        first--;
      }
      Token from = tokens.get(first);
      found.add(new NamedEntityMention("ORGANIZATION", from.start(), t.end(),
          parsed.text().substring(from.start(), t.end()), first, t.index() + 1));
    }
    return found;
  }

  // A capitalized proper noun, or a noun with a capital inside it ("PolitiFact", "YouTube"),
  // which the tagger may read as a common noun at the start of a sentence.
  private static boolean isNameWord(Token t) {
    boolean innerCapital = t.word().chars().skip(1).anyMatch(Character::isUpperCase)
        && t.word().chars().anyMatch(Character::isLowerCase);
    return (t.isProperNoun() || t.isNoun() && innerCapital)
        && Character.isUpperCase(t.word().charAt(0)) && t.ner().equals("O");
  }
}
