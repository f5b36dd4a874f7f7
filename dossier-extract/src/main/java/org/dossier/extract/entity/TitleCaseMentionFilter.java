package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Drops the long names a tagger reads into headlines and subheadings written in title case:
 * there every word has a capital, so "Railing Against Trump" or "Veto Power Impedes Peace
 * Efforts" look like one organization. A long mention from such a line is kept only when the
 * article's running text uses the same words, as real names are used again.
 */
final class TitleCaseMentionFilter {

  private static final int LONG_MENTION = 3;
  private static final int MIN_LINE_WORDS = 3;
  // Words title case may leave in lower case.
  private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on",
      "at", "by", "for", "from", "with", "and", "or", "but", "as", "into", "over", "vs", "via",
      "nor", "per", "up");

  List<NamedEntityMention> filter(ParsedText parsed, List<NamedEntityMention> mentions) {
    List<NamedEntityMention> kept = new ArrayList<>(mentions.size());
    for (NamedEntityMention m : mentions) {
      if (m.endToken() - m.firstToken() < LONG_MENTION || !inTitleCaseLine(parsed, m.start())
          || usedInRunningText(parsed, m)) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean inTitleCaseLine(ParsedText parsed, int offset) {
    int[] line = lineAround(parsed.text(), offset);
    int words = 0;
    int capitalized = 0;
    for (Token t : parsed.tokensIn(line[0], line[1])) {
      if (Character.isLetter(t.word().charAt(0))
          && !MINOR_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
        words++;
        if (Character.isUpperCase(t.word().charAt(0))) {
          capitalized++;
        }
      }
    }
    return words >= MIN_LINE_WORDS && capitalized == words;
  }

  private static boolean usedInRunningText(ParsedText parsed, NamedEntityMention m) {
    String text = parsed.text();
    for (int at = text.indexOf(m.text()); at >= 0; at = text.indexOf(m.text(), at + 1)) {
      if (!inTitleCaseLine(parsed, at)) {
        return true;
      }
    }
    return false;
  }

  // The line, or its lead-in up to a colon: "Veto Power Impedes Peace Efforts: Eliminating …"
  // opens a paragraph with a title-case heading of its own.
  private static int[] lineAround(String text, int offset) {
    int start = text.lastIndexOf('\n', offset) + 1;
    int end = text.indexOf('\n', offset);
    end = end < 0 ? text.length() : end;
    int colon = text.indexOf(':', offset);
    return new int[] {start, colon >= 0 && colon < end ? colon : end};
  }
}
