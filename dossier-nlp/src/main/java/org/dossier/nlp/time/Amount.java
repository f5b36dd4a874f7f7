package org.dossier.nlp.time;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * How many units a time expression counts: exact ("three", "2 1/2", "twenty-four") or vague
 * ("several", "a few", a bare plural), which TIMEX3 writes as X. Immutable.
 */
record Amount(Optional<BigDecimal> exact) {

  private static final Set<String> VAGUE = Set.of("several", "few", "a few", "some", "many",
      "numerous", "countless", "a number of", "various", "multiple", "dozens of", "hundreds of",
      "the", "recent", "coming", "past", "next", "last", "those", "these");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal LARGEST_WHOLE = BigDecimal.valueOf(Long.MAX_VALUE);

  static final Amount VAGUE_AMOUNT = new Amount(Optional.empty());
  static final Amount ONE = new Amount(Optional.of(BigDecimal.ONE));

  static Amount of(BigDecimal value) {
    return new Amount(Optional.of(value.stripTrailingZeros()));
  }

  static Amount of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * Reads an amount written in digits or words; empty when the words are not a number.
   * "two and a half" is 2.5, "5 1/2" is 5.5, "a couple of" is 2, "several" is vague.
   */
  static Optional<Amount> parse(String written, TimeLexicon lexicon) {
    String words = TimeLexicon.normalize(written).replace(",", "");
    if (words.isEmpty() || VAGUE.contains(words)) {
      return Optional.of(VAGUE_AMOUNT);
    }
    if (words.equals("half") || words.equals("a half") || words.equals("one half")) {
      return Optional.of(of(HALF));
    }
    String whole = words.replaceFirst(" and (a|one) half$", "");
    BigDecimal extra = whole.equals(words) ? BigDecimal.ZERO : HALF;
    return digits(whole).or(() -> numberWords(whole, lexicon)).map(value -> of(value.add(extra)));
  }

  private static Optional<BigDecimal> digits(String words) {
    String[] parts = words.split(" ");
    try {
      BigDecimal total = BigDecimal.ZERO;
      for (String part : parts) {
        int slash = part.indexOf('/');
        total = total.add(slash < 0 ? new BigDecimal(part)
            : new BigDecimal(part.substring(0, slash)).divide(
                new BigDecimal(part.substring(slash + 1)), 4, java.math.RoundingMode.HALF_UP));
      }
      return Optional.of(total);
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Sums "twenty four", multiplies "two hundred"; every word must be a number word. */
  private static Optional<BigDecimal> numberWords(String words, TimeLexicon lexicon) {
    Optional<Integer> whole = lexicon.numberWord(words);
    if (whole.isPresent()) {
      return whole.map(BigDecimal::valueOf);
    }
    long total = 0;
    long current = 0;
    for (String word : words.replace(" and ", " ").split(" ")) {
      Optional<Integer> value = lexicon.numberWord(word);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      int v = value.get();
      if (v == 100 || v == 1000) {
        current = Math.max(current, 1) * v;
        if (v == 1000) {
          total += current;
          current = 0;
        }
      } else {
        current += v;
      }
    }
    return Optional.of(BigDecimal.valueOf(total + current));
  }

  /** This amount and a half more: "a year and a half" is one year plus a half. */
  Amount plusHalf() {
    return exact.map(v -> of(v.add(HALF))).orElse(this);
  }

  boolean isVague() {
    return exact.isEmpty();
  }

  /** The amount as a whole number, if it is one that fits a {@code long}. */
  Optional<Long> whole() {
    return exact.filter(v -> v.stripTrailingZeros().scale() <= 0)
        .filter(v -> v.abs().compareTo(LARGEST_WHOLE) <= 0)
        .map(BigDecimal::longValueExact);
  }

  @Override
  public String toString() {
    return exact.map(v -> v.stripTrailingZeros().toPlainString()).orElse("X");
  }
}
