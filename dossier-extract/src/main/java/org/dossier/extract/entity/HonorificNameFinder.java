package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Person names the tagger missed behind an honorific or a capitalized title: "Mr. King",
 * "Ms. Price", "Dr. Wood", "Secretary General Ban Ki-moon". The surnames that are also common
 * words, and names from languages the tagger saw little of, are the ones a statistical tagger
 * drops; newspapers that write "Mr." use nothing else after the first mention, and put the title
 * before a name at its first. The mention covers the name, not the honorific or title, as the
 * tagger's own mentions do.
 */
final class HonorificNameFinder {

  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs",
      "ms", "dr", "mx.", "prof.");
  // Capitalized words that follow a title without being a name ("President Monday").
  private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");
  private static final int MAX_NAME_WORDS = 3;

  /** The names behind honorifics and titles that no mention of {@code tagged} covers yet. */
  List<NamedEntityMention> find(ParsedText parsed, List<NamedEntityMention> tagged) {
    List<NamedEntityMention> found = new ArrayList<>();
    List<Token> tokens = parsed.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!introducesName(tokens, i)) {
        continue;
      }
      int end = nameEnd(tokens, i + 1);
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

  // An honorific, or the last word of a title written with a capital ("Foreign Minister"); not
  // the end of a hyphenated compound ("the Commander-in-Chief Forum").
  private static boolean introducesName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (HONORIFICS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean compound = i > 0 && tokens.get(i - 1).end() == t.start()
        && tokens.get(i - 1).pos().equals("HYPH");
    return t.ner().equals("TITLE") && !tokens.get(i + 1).ner().equals("TITLE") && !compound
        && Character.isUpperCase(t.word().charAt(0));
  }

  /** Where the name starting at {@code from} ends: up to three words, hyphenated parts joined. */
  private static int nameEnd(List<Token> tokens, int from) {
    int end = from;
    int words = 0;
    while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(from).sentence()) {
      Token t = tokens.get(end);
      Token previous = tokens.get(end - 1);
      boolean joined = end > from && t.start() == previous.end()
          && (t.pos().equals("HYPH") || previous.pos().equals("HYPH"));
      if (joined) {
        end++;
      } else if (words < MAX_NAME_WORDS && isNameWord(t)) {
        words++;
        end++;
      } else {
        break;
      }
    }
    while (end > from && tokens.get(end - 1).pos().equals("HYPH")) {
      end--;
    }
    return end;
  }

  private static boolean isNameWord(Token t) {
    return t.isProperNoun() && Character.isUpperCase(t.word().charAt(0))
        && !NOT_NAMES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean covered(List<NamedEntityMention> tagged, Token t) {
    return tagged.stream().anyMatch(m -> m.start() <= t.start() && t.start() < m.end());
  }
}
