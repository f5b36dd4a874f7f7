package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Surnames the tagger missed where the article uses them alone: "Pence said on CNN's …" in an
 * article that named "Mike Pence". A statistical tagger judges each mention from its context and
 * drops some that a reader knows from the article's own earlier words. Only a surname that stands
 * alone counts: next to another capitalized name it is part of something else ("Pence
 * Foundation", "Trump Tower").
 */
final class SurnameFinder {

  /** The lone surnames of tagged people's full names that no mention of {@code tagged} covers. */
  List<NamedEntityMention> find(ParsedText parsed, List<NamedEntityMention> tagged) {
    Set<String> surnames = new HashSet<>();
    for (NamedEntityMention m : tagged) {
      if (m.type().equals("PERSON") && m.endToken() - m.firstToken() >= 2) {
        surnames.add(parsed.tokens().get(m.endToken() - 1).word());
      }
    }
    List<NamedEntityMention> found = new ArrayList<>();
    if (surnames.isEmpty()) {
      return found;
    }
    boolean[] covered = new boolean[parsed.tokens().size()];
    for (NamedEntityMention m : tagged) {
      for (int i = m.firstToken(); i < m.endToken(); i++) {
        covered[i] = true;
      }
    }
    List<Token> tokens = parsed.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!covered[i] && t.isProperNoun() && surnames.contains(t.word())
          && !isName(tokens, i - 1, t) && !isName(tokens, i + 1, t)) {
        found.add(new NamedEntityMention("PERSON", t.start(), t.end(), t.word(), i, i + 1));
      }
    }
    return found;
  }

  private static boolean isName(List<Token> tokens, int i, Token beside) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return t.sentence() == beside.sentence() && t.isProperNoun()
        && Character.isUpperCase(t.word().charAt(0));
  }
}
