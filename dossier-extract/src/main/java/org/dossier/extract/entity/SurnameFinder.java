package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Surnames of the article's people where the tagger missed them or took them for a place:
 * "Pence said on CNN's …" in an article that named "Mike Pence", "Jordan said" after "Rep. Jim
 * Jordan". A statistical tagger judges each mention from its context and drops or mistypes some
 * that a reader knows from the article's own earlier words. Only a surname that stands alone
 * counts: next to another capitalized name it is part of something else ("Pence Foundation",
 * "Trump Tower"); and a place-tagged one only as the subject of a verb, where people act and
 * speak ("Jordan said"), not where places are ("in Jordan").
 */
final class SurnameFinder {

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE");

  /**
   * {@code tagged} with the lone {@code surnames} (of tagged people's full names) added where no
   * mention covered them, and made people's where a place mention did.
   */
  List<NamedEntityMention> apply(ParsedText parsed, List<NamedEntityMention> tagged,
      Set<String> surnames) {
    if (surnames.isEmpty()) {
      return tagged;
    }
    List<Token> tokens = parsed.tokens();
    List<NamedEntityMention> out = new ArrayList<>(tagged.size());
    boolean[] covered = new boolean[tokens.size()];
    for (NamedEntityMention m : tagged) {
      Token only = tokens.get(m.firstToken());
      boolean personsSurname = PLACE_TAGS.contains(m.type()) && m.endToken() - m.firstToken() == 1
          && surnames.contains(only.word()) && only.relation().startsWith("nsubj");
      out.add(personsSurname ? person(only) : m);
      for (int i = m.firstToken(); i < m.endToken(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!covered[i] && t.isProperNoun() && surnames.contains(t.word())
          && !MediaMentionFinder.insideLongerName(tokens, i, i + 1)) {
        out.add(person(t));
      }
    }
    return out;
  }

  /** The last words of the full names (two words or more) of the people in {@code tagged}. */
  Set<String> surnames(ParsedText parsed, List<NamedEntityMention> tagged) {
    Set<String> surnames = new HashSet<>();
    for (NamedEntityMention m : tagged) {
      if (m.type().equals("PERSON") && m.endToken() - m.firstToken() >= 2) {
        surnames.add(parsed.tokens().get(m.endToken() - 1).word());
      }
    }
    return surnames;
  }

  private static NamedEntityMention person(Token t) {
    return new NamedEntityMention("PERSON", t.start(), t.end(), t.word(), t.index(),
        t.index() + 1);
  }
}
