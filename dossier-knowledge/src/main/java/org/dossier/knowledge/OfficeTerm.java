package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One person's time in one office of one country: from {@code start} (inclusive) to {@code end}
 * (exclusive, the day the successor took over), or still in office when {@code end} is empty.
 *
 * @param title the title as the press writes it: "President", "Prime Minister", "Secretary of
 *     State", "Supreme Leader"
 */
public record OfficeTerm(String personId, String personName, String countryCode, Office office,
    String title, LocalDate start, Optional<LocalDate> end) {

  public OfficeTerm {
    requireNonNull(personId, "personId");
    requireNonNull(personName, "personName");
    requireNonNull(countryCode, "countryCode");
    requireNonNull(office, "office");
    requireNonNull(title, "title");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException(
          "term of " + personName + " ends " + end.get() + " before it starts " + start);
    }
  }

  /** Whether the person held the office on that day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && end.map(day::isBefore).orElse(true);
  }

  /** Whether the two terms share at least one day. */
  public boolean overlaps(OfficeTerm other) {
    boolean startsBeforeOtherEnds = other.end.map(start::isBefore).orElse(true);
    boolean otherStartsBeforeThisEnds = end.map(other.start::isBefore).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }
}
