package org.dossier.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;
import org.dossier.nlp.time.Tense;
import org.dossier.nlp.time.TenseOracle;

/**
 * Tells the tense at an offset from the words around it ({@link TenseOracle#heuristic}), and
 * where they mark none, from the dependency parse: the verb the time expression hangs off, its
 * auxiliaries ("will", "had", "has") and its form. The words come first because they know plans
 * ("planned to meet Friday", "is to resume Tuesday") that a verb's form does not; the parse
 * reaches the verb of a clause the words cannot ("In January, a week after the anniversary, a
 * bombing killed a guard"). On TempEval-3 the two together beat either alone.
 */
public final class ParseTenseOracle implements TenseOracle {

  private static final int MAX_HOPS = 6;

  private final ParsedText parsed;
  private final TenseOracle words;

  private ParseTenseOracle(ParsedText parsed) {
    this.parsed = parsed;
    this.words = TenseOracle.heuristic(parsed.text());
  }

  public static ParseTenseOracle of(ParsedText parsed) {
    return new ParseTenseOracle(parsed);
  }

  @Override
  public Tense tenseAt(int offset) {
    Tense said = words.tenseAt(offset);
    return said == Tense.PRESENT ? parsedTenseAt(offset).orElse(said) : said;
  }

  private Optional<Tense> parsedTenseAt(int offset) {
    List<Token> tokens = parsed.tokensIn(offset, offset + 1);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    Token t = tokens.get(0);
    for (int hops = 0; hops < MAX_HOPS; hops++) {
      Optional<Token> head = parsed.headOf(t);
      if (head.isEmpty() || head.get().pos().startsWith("JJ")) {
        // "effective Feb. 1", "payable Dec. 15": the adjective sets the time, not the verb.
        return Optional.empty();
      }
      t = head.get();
      if (t.isVerb()) {
        return Optional.of(tenseOf(t));
      }
    }
    return Optional.empty();
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
        if (w.equals("has") || w.equals("have")) {
          // "has given them until Tuesday": the present perfect reaches into the present.
          return Tense.PRESENT;
        }
      }
    }
    return verb.pos().equals("VBD") || verb.pos().equals("VBN") ? Tense.PAST : Tense.PRESENT;
  }
}
