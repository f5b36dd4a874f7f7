package org.dossier.nlp.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Writes an amount of a calendar unit as a TIMEX3 duration: three hours is {@code PT3H}, a year
 * and a half {@code P1Y6M} (a fraction goes to the next smaller unit, as TimeBank writes it),
 * two decades {@code P20Y}, vague "decades" {@code PXDE}. Stateless.
 */
final class DurationFormat {

  /** Unit code to how many of the next smaller unit it holds, and that unit. */
  private static final Map<String, Object[]> SMALLER = Map.of(
      "Y", new Object[] {12, "M"}, "Q", new Object[] {3, "M"}, "W", new Object[] {7, "D"},
      "D", new Object[] {24, "H"}, "H", new Object[] {60, "MIN"}, "MIN", new Object[] {60, "S"},
      "M", new Object[] {30, "D"});
  /** Units TIMEX3 prefers to count in years when the count is exact. */
  private static final Map<String, Integer> IN_YEARS = Map.of("DE", 10, "CE", 100, "ML", 1000);

  private DurationFormat() {
  }

  static String format(Amount amount, String unit) {
    if (unit.equals("FN")) {
      return format(amount.exact().map(v -> Amount.of(v.multiply(BigDecimal.valueOf(2))))
          .orElse(amount), "W");
    }
    if (amount.isVague()) {
      return "P" + (isClock(unit) ? "T" : "") + "X" + code(unit);
    }
    BigDecimal value = amount.exact().orElseThrow();
    if (IN_YEARS.containsKey(unit)) {
      return format(Amount.of(value.multiply(BigDecimal.valueOf(IN_YEARS.get(unit)))), "Y");
    }
    return "P" + (isClock(unit) ? "T" : "") + components(value, unit);
  }

  private static String components(BigDecimal value, String unit) {
    BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
    BigDecimal fraction = value.subtract(whole);
    if (fraction.signum() == 0) {
      return whole.toPlainString() + code(unit);
    }
    Object[] smaller = SMALLER.get(unit);
    if (smaller != null) {
      BigDecimal converted = fraction.multiply(BigDecimal.valueOf((Integer) smaller[0]));
      if (converted.stripTrailingZeros().scale() <= 0) {
        String smallerUnit = (String) smaller[1];
        String rest = components(converted, smallerUnit);
        String head = whole.signum() == 0 ? "" : whole.toPlainString() + code(unit);
        boolean crossesIntoClock = !isClock(unit) && isClock(smallerUnit);
        return head + (crossesIntoClock ? "T" : "") + rest;
      }
    }
    return value.stripTrailingZeros().toPlainString() + code(unit);
  }

  static boolean isClock(String unit) {
    return unit.equals("H") || unit.equals("MIN") || unit.equals("S");
  }

  /** The letter TIMEX3 writes for a unit: minutes are M after the T. */
  private static String code(String unit) {
    return unit.equals("MIN") ? "M" : unit;
  }
}
