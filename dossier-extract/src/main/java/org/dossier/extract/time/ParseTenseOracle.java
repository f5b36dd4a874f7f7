package org.dossier.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;
import org.dossier.nlp.time.Tense;
import org.dossier.nlp.time.TenseOracle;

/**
 * Reads the tense of the clause holding an offset from the dependency parse: the verb the time
 * expression hangs off, its auxiliaries ("will", "had") and its form (past tense, participle).
 * Where the parse gives no verb, it defers to the word-based heuristic.
 */
final class ParseTenseOracle implements TenseOracle {

  private static final int MAX_HOPS = 6;

  private final ParsedText parsed;
  private final TenseOracle fallback;

  ParseTenseOracle(ParsedText parsed) {
    this.parsed = parsed;
    this.fallback = TenseOracle.heuristic(parsed.text());
  }

  @Override
  public Tense tenseAt(int offset) {
    List<Token> tokens = parsed.tokensIn(offset, offset + 1);
    if (tokens.isEmpty()) {
      return fallback.tenseAt(offset);
    }
    Token t = tokens.get(0);
    for (int hops = 0; hops < MAX_HOPS; hops++) {
      Optional<Token> head = parsed.headOf(t);
      if (head.isEmpty()) {
        break;
      }
      t = head.get();
      if (t.isVerb()) {
        return tenseOf(t);
      }
    }
    return fallback.tenseAt(offset);
  }

  private Tense tenseOf(Token verb) {
    for (Token d : parsed.dependentsOf(verb)) {
      String w = d.word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux")) {
        if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("wo")) {
          return Tense.FUTURE;
        }
        if (d.pos().equals("VBD") || w.equals("had")) {
          return Tense.PAST;
        }
      }
    }
    return verb.pos().equals("VBD") || verb.pos().equals("VBN") ? Tense.PAST : Tense.PRESENT;
  }
}
