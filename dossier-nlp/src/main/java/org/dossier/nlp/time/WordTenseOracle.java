package org.dossier.nlp.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the tense at an offset from the nearest tense-marking word in the same sentence:
 * will/would/'ll/shall/next/going to for the future; was/were/had/did/said, irregular past
 * forms and verbs in -ed for the past; is/are/has/says for the present. A regular -ed form and a
 * word of planning (plans, scheduled, due) count as a little farther away than they are, a
 * participle after an auxiliary not at all ("would be paid" is the future), and a comma between
 * counts as three words, since it often ends the clause. Immutable and thread-safe.
 */
final class WordTenseOracle implements TenseOracle {

  private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+|[.!?;:]\\s|\\n\\s*\\n|,");
  private static final int WINDOW = 10;
  private static final double SUFFIX_PENALTY = 1.5;
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "won't", "wo",
      "would", "'d", "gonna", "next", "upcoming", "tomorrow");
  /** Words that point ahead less surely than "will": a plan may be reported in any tense. */
  private static final Set<String> WEAK_FUTURE = Set.of("planned", "planning", "scheduled",
      "expects", "expected", "intends", "intended", "hopes", "due");
  /** Auxiliaries before a participle carry the tense ("would be paid", "has been sold"). */
  private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "have", "has", "had",
      "is", "are", "was", "were", "will", "would", "'s", "'re", "am");
  private static final double COMMA_PENALTY = 3;
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "told", "went", "came", "met", "took", "saw", "made", "gave", "held", "began", "left", "sent", "won", "lost", "fell", "rose", "spent", "sold", "bought", "thought", "wrote", "spoke", "brought", "found", "got", "kept", "led", "paid", "ran", "struck", "stood", "flew", "drove", "knew", "broke", "chose", "became", "ate", "fought", "hung", "meant", "heard", "caught", "taught", "sought", "felt", "shot", "slid", "withdrew", "overthrew", "threw", "grew", "drew", "swore", "wore", "tore", "froze", "rode", "woke", "forgot", "forgave", "hid", "bit", "lay", "sat", "sang", "rang", "swam", "ago", "yesterday", "last", "earlier", "dealt", "built", "lent", "bent", "fled", "fed", "bled", "sped", "wept", "slept", "swept", "crept", "leapt", "dreamt", "burnt", "learnt", "spelt", "spilt", "underwent", "undertook", "overtook", "mistook", "shook", "forbade", "understood", "withstood");
  private static final Set<String> PRESENT = Set.of("is", "are", "am", "has", "have", "says",
      "does", "do", "'s", "'re", "now", "today", "currently");
  private static final Set<String> NOT_PAST = Set.of("need", "red", "bed", "shed", "speed", "seed", "feed", "indeed", "hundred", "proceed", "exceed", "succeed", "breed", "greed", "embed", "wed", "united", "limited", "based", "related", "interested", "concerned", "supposed", "used", "alleged", "detailed", "advanced", "armed", "sacred", "naked", "wicked", "beloved", "ragged", "learned", "aged", "skilled", "talented", "renewed", "expected", "scheduled", "planned", "continued", "proposed", "embattled", "so-called", "ted", "fred", "ned", "reed", "creed", "steed", "weed", "deed", "heed", "tweed", "freed");

  private final List<Marker> markers;
  private final List<Integer> sentenceBreaks;
  private final int[] wordStarts;
  private final int[] commas;

  private record Marker(int offset, int index, Tense tense, boolean suffixOnly) {
  }

  private WordTenseOracle(List<Marker> markers, List<Integer> sentenceBreaks, int[] wordStarts,
      int[] commas) {
    this.markers = List.copyOf(markers);
    this.sentenceBreaks = List.copyOf(sentenceBreaks);
    this.wordStarts = wordStarts.clone();
    this.commas = commas.clone();
  }

  static WordTenseOracle of(String text) {
    List<Marker> markers = new ArrayList<>();
    List<Integer> breaks = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> commas = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int index = 0;
    String previous = "";
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (word.equals(",")) {
        commas.add(m.start());
        continue;
      }
      if (!Character.isLetter(word.charAt(0)) && word.charAt(0) != '\'') {
        breaks.add(m.start());
        continue;
      }
      Tense tense = null;
      boolean suffix = false;
      boolean afterAuxiliary = !markers.isEmpty() && markers.get(markers.size() - 1).index() == index - 1
          && AUXILIARIES.contains(previous);
      if (FUTURE.contains(word) || word.equals("to") && (previous.equals("going") || afterAuxiliary)) {
        // "is to resume", "were planning to": the plan, not its auxiliary, sets the direction.
        if (afterAuxiliary && !FUTURE.contains(previous)) {
          markers.remove(markers.size() - 1);
        }
        tense = Tense.FUTURE;
      } else if (WEAK_FUTURE.contains(word)) {
        if (afterAuxiliary && !FUTURE.contains(previous)) {
          markers.remove(markers.size() - 1);
        }
        tense = Tense.FUTURE;
        suffix = true;
      } else if (AUXILIARIES.contains(previous) && (PAST.contains(word) || word.endsWith("ed"))) {
        tense = null;
      } else if (PAST.contains(word)) {
        tense = Tense.PAST;
      } else if (PRESENT.contains(word)) {
        tense = Tense.PRESENT;
      } else if (word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word)) {
        tense = Tense.PAST;
        suffix = true;
      }
      if (tense != null) {
        markers.add(new Marker(m.start(), index, tense, suffix));
      }
      previous = word;
      starts.add(m.start());
      index++;
    }
    return new WordTenseOracle(markers, breaks, starts.stream().mapToInt(Integer::intValue).toArray(),
        commas.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  public Tense tenseAt(int offset) {
    int sentenceStart = -1;
    int sentenceEnd = Integer.MAX_VALUE;
    for (int b : sentenceBreaks) {
      if (b < offset) {
        sentenceStart = b;
      } else {
        sentenceEnd = b;
        break;
      }
    }
    int here = wordIndexAt(offset);
    Marker best = null;
    double bestDistance = Double.MAX_VALUE;
    for (Marker marker : markers) {
      if (marker.offset() <= sentenceStart || marker.offset() >= sentenceEnd) {
        continue;
      }
      double distance = Math.abs(marker.index() - here) + (marker.suffixOnly() ? SUFFIX_PENALTY : 0)
          + COMMA_PENALTY * commasBetween(marker.offset(), offset);
      if (distance <= WINDOW && distance < bestDistance) {
        best = marker;
        bestDistance = distance;
      }
    }
    return best == null ? Tense.PRESENT : best.tense();
  }

  /** How many commas lie between two offsets: a comma often ends the clause. */
  private int commasBetween(int a, int b) {
    return Math.abs(insertionPoint(commas, Math.max(a, b)) - insertionPoint(commas, Math.min(a, b)));
  }

  private static int insertionPoint(int[] sorted, int value) {
    int found = Arrays.binarySearch(sorted, value);
    return found >= 0 ? found : -found - 1;
  }

  /** The index of the first word starting at or after {@code offset}. */
  private int wordIndexAt(int offset) {
    int found = Arrays.binarySearch(wordStarts, offset);
    return found >= 0 ? found : -found - 1;
  }
}
