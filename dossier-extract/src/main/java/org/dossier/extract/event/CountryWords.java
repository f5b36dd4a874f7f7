package org.dossier.extract.event;

import java.util.Locale;
import java.util.Optional;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.nlp.Token;

/**
 * Reads a country from a single capitalized word the entity stage left alone: a name or code
 * ("US" in "US-led"), a demonym ("Burundian"), one part of a hyphenated word ("US-Israeli"), or a
 * long proper name one typo away from a country's ("Ethopia", "Quatar"). Stance words are not
 * ties: "anti-Syria", "pro-Iranian". Thread-safe.
 */
final class CountryWords {

  private static final int TYPO_MIN_LENGTH = 6;

  private final KnowledgeBase knowledge;

  CountryWords(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  Optional<Country> country(Token t) {
    String word = t.word();
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || lower.startsWith("anti-")
        || lower.startsWith("pro-")) {
      return Optional.empty();
    }
    Optional<Country> whole = of(word);
    if (whole.isPresent()) {
      return whole;
    }
    if (word.contains("-")) {
      for (String part : word.split("-")) {
        Optional<Country> c = of(part);
        if (c.isPresent()) {
          return c;
        }
      }
      return Optional.empty();
    }
    return t.isProperNoun() && word.length() >= TYPO_MIN_LENGTH ? misspelt(word) : Optional.empty();
  }

  /** The country a name of one or more words is, or whose people it names. */
  Optional<Country> named(String name) {
    return of(name);
  }

  boolean isDemonym(String word) {
    return knowledge.countryByDemonym(word).isPresent();
  }

  private Optional<Country> of(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return Optional.empty();
    }
    return knowledge.countryByDemonym(word).or(() -> knowledge.country(word));
  }

  private Optional<Country> misspelt(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Country c : knowledge.countries()) {
      for (String name : c.names()) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() >= TYPO_MIN_LENGTH - 1 && AgentLexicon.oneEditApart(n, w)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
