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
 * participle after an auxiliary not at all ("would be paid" is the future), a plan made before
 * ("as previously planned") marks the past, and a comma between counts as three words, since it
 * often ends the clause. The words are in {@code tense-words.tsv}. Immutable and thread-safe.
 */
final class WordTenseOracle implements TenseOracle {

  private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+|[.!?;:]\\s|\\n\\s*\\n|,");
  private static final int WINDOW = 10;
  /** An -ed form only counts close by: farther off it is mostly an adjective. */
  private static final int WEAK_WINDOW = 4;
  private static final double SUFFIX_PENALTY = 1.5;
  private static final TenseVocabulary WORDS = TenseVocabulary.standard();
  private static final Set<String> FUTURE = WORDS.words("future");
  private static final Set<String> WEAK_FUTURE = WORDS.words("weak-future");
  private static final Set<String> PLAN_TO = WORDS.words("plan-to");
  private static final Set<String> AUXILIARIES = WORDS.words("auxiliary");
  private static final Set<String> PAST = WORDS.words("past");
  private static final Set<String> PRESENT = WORDS.words("present");
  private static final Set<String> NOT_PAST = WORDS.words("not-past");
  private static final Set<String> ADJECTIVE_CUES = WORDS.words("adjective-cue");
  private static final Set<String> PAST_PLAN_CUES = WORDS.words("past-plan-cue");
  private static final Set<String> PLAN_NOUN_CUES = WORDS.words("plan-noun-cue");
  private static final double COMMA_PENALTY = 3;

  private final List<Marker> markers;
  private final List<Integer> sentenceBreaks;
  private final int[] wordStarts;
  private final int[] commas;

  /** A tense-marking word; a weak one counts as farther off, an -ed form only close by. */
  private record Marker(int offset, int index, Tense tense, boolean weak, boolean edForm) {
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
    String beforePrevious = "";
    String thirdPrevious = "";
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
      boolean edForm = false;
      boolean afterAuxiliary = !markers.isEmpty() && AUXILIARIES.contains(previous)
          && markers.get(markers.size() - 1).index() == index - 1;
      boolean planTo = word.equals("to")
          && (previous.equals("going") || PLAN_TO.contains(previous) || afterAuxiliary);
      boolean contractedWill = word.endsWith("'ll") || word.equals("won't");
      if (planTo && isPlanNoun(previous, beforePrevious)) {
        // "announced plans to buy": a noun, the sentence's verb sets the tense.
        tense = null;
      } else if (planTo && isPastPlan(beforePrevious, thirdPrevious)) {
        // "It had been due to expire Friday": a plan from before, for a day now past.
        if (!markers.isEmpty() && markers.get(markers.size() - 1).index() == index - 1) {
          markers.remove(markers.size() - 1);
        }
        tense = Tense.PAST;
      } else if (FUTURE.contains(word) || contractedWill || planTo) {
        // "is to resume", "were planning to": the plan, not its auxiliary, sets the direction.
        if (afterAuxiliary && !FUTURE.contains(previous)) {
          markers.remove(markers.size() - 1);
        }
        tense = Tense.FUTURE;
      } else if (WEAK_FUTURE.contains(word) && PAST_PLAN_CUES.contains(previous)) {
        // "as previously planned": the plan was made before, and carried out.
        tense = Tense.PAST;
        suffix = true;
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
      } else if (word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word)
          && !ADJECTIVE_CUES.contains(previous)) {
        tense = Tense.PAST;
        suffix = true;
        edForm = true;
      }
      if (tense != null) {
        markers.add(new Marker(m.start(), index, tense, suffix, edForm));
      }
      thirdPrevious = beforePrevious;
      beforePrevious = previous;
      previous = word;
      starts.add(m.start());
      index++;
    }
    return new WordTenseOracle(markers, breaks, toArray(starts), toArray(commas));
  }

  private static boolean isPlanNoun(String plan, String before) {
    return (plan.equals("plans") || plan.equals("plan"))
        && (PLAN_NOUN_CUES.contains(before) || before.endsWith("ed") || before.endsWith("'s"));
  }

  /** "had planned to", "had been due to": the pluperfect tells the plan was overtaken. */
  private static boolean isPastPlan(String before, String third) {
    return before.equals("had") || before.equals("been") && third.equals("had");
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
      double distance = Math.abs(marker.index() - here) + (marker.weak() ? SUFFIX_PENALTY : 0)
          + COMMA_PENALTY * commasBetween(marker.offset(), offset);
      double limit = marker.edForm() ? WEAK_WINDOW + SUFFIX_PENALTY : WINDOW;
      if (distance <= limit && distance < bestDistance) {
        best = marker;
        bestDistance = distance;
      }
    }
    return best == null ? Tense.PRESENT : best.tense();
  }

  /** How many commas lie between two offsets: a comma often ends the clause. */
  private int commasBetween(int a, int b) {
    return insertionPoint(commas, Math.max(a, b)) - insertionPoint(commas, Math.min(a, b));
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
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
