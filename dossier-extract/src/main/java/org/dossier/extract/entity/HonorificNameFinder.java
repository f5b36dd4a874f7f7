package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Person names the tagger missed behind an honorific: "Mr. King", "Ms. Price", "Dr. Wood". The
 * surnames that are also common words are the ones a statistical tagger drops, and newspapers
 * that write "Mr." use nothing else after the first mention. The mention covers the name, not
 * the honorific, as the tagger's own mentions do.
 */
final class HonorificNameFinder {

  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs",
      "ms", "dr", "mx.", "prof.");
  private static final int MAX_NAME_TOKENS = 3;

  /** The names behind honorifics that no mention of {@code tagged} covers yet. */
  List<NamedEntityMention> find(ParsedText parsed, List<NamedEntityMention> tagged) {
    List<NamedEntityMention> found = new ArrayList<>();
    List<Token> tokens = parsed.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token honorific = tokens.get(i);
      if (!HONORIFICS.contains(honorific.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && end - i <= MAX_NAME_TOKENS && isNameWord(tokens.get(end))
          && tokens.get(end).sentence() == honorific.sentence()) {
        end++;
      }
      if (end == i + 1 || covered(tagged, tokens.get(i + 1))) {
        continue;
      }
      Token first = tokens.get(i + 1);
      Token last = tokens.get(end - 1);
      found.add(new NamedEntityMention("PERSON", first.start(), last.end(),
          parsed.text().substring(first.start(), last.end()), i + 1, end));
    }
    return found;
  }

  private static boolean isNameWord(Token t) {
    return t.isProperNoun() && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean covered(List<NamedEntityMention> tagged, Token t) {
    return tagged.stream().anyMatch(m -> m.start() <= t.start() && t.start() < m.end());
  }
}
