package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * A one-sentence parse written by hand, for rules that must hold however a parser attaches the
 * words: each token is {@code word/POS/head/relation} (head a token index, -1 for the root), the
 * lemma is the lower-cased word unless a fifth field gives it, the entity tag "O" unless a sixth
 * does. Words are joined by single spaces.
 */
public final class HandParse {

  private HandParse() {
  }

  public static ParsedText of(String... tokens) {
    StringBuilder text = new StringBuilder();
    List<Token> parsed = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String[] f = tokens[i].split("/", -1);
      if (f.length < 4) {
        throw new IllegalArgumentException("want word/POS/head/relation: " + tokens[i]);
      }
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[0]);
      String lemma = f.length > 4 ? f[4] : f[0].toLowerCase(java.util.Locale.ROOT);
      String ner = f.length > 5 ? f[5] : "O";
      parsed.add(new Token(i, 0, start, text.length(), f[0], f[1], lemma, ner,
          Integer.parseInt(f[2]), f[3]));
    }
    return new ParsedText(text.toString(), List.of(new Sentence(0, 0, text.length(), 0,
        tokens.length)), parsed, List.of(), List.of());
  }

  /** The entities of a hand parse: one person, mentioned where {@code name} first occurs. */
  public static ResolvedEntities person(ParsedText parsed, String name) {
    int at = parsed.text().indexOf(name);
    return new ResolvedEntities(List.of(new Entity("local:1", name, EntityType.PERSON,
        Optional.empty(), Optional.empty(), List.of(), List.of(new Mention(at,
        at + name.length(), name)))));
  }
}
