package org.dossier.store.internal;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the headline of a storyline from its parties, its commonest event types and its
 * months: "United States – Iran: talks, threats (Jan–Feb 2026)".
 */
final class StoryTitles {

  private static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("AGREE", "agreement"), Map.entry("CONSULT", "talks"),
      Map.entry("SUPPORT", "support"), Map.entry("CONCEDE", "concessions"),
      Map.entry("COOPERATE", "cooperation"), Map.entry("AID", "aid"),
      Map.entry("RETREAT", "retreat"), Map.entry("REQUEST", "demands"),
      Map.entry("ACCUSE", "accusations"), Map.entry("REJECT", "rejection"),
      Map.entry("THREATEN", "threats"), Map.entry("PROTEST", "protests"),
      Map.entry("SANCTION", "sanctions"), Map.entry("MOBILIZE", "mobilization"),
      Map.entry("COERCE", "coercion"), Map.entry("ASSAULT", "violence"));

  private StoryTitles() {
  }

  static String title(String partyA, String partyB, List<String> codes, LocalDate from,
      LocalDate to) {
    String parties = partyA.equals(partyB) ? partyA : partyA + " – " + partyB;
    String what = codes.stream().limit(2)
        .map(c -> NOUNS.getOrDefault(c, c.toLowerCase(Locale.ROOT)))
        .collect(Collectors.joining(", "));
    return parties + (what.isEmpty() ? "" : ": " + what) + " (" + period(from, to) + ")";
  }

  /** A party's display name: a country's English name for an ISO code, else as given. */
  static String party(String codeOrName) {
    if (codeOrName.matches("[A-Z]{2}")) {
      String name = new Locale("", codeOrName).getDisplayCountry(Locale.ENGLISH);
      return name.isEmpty() || name.equals(codeOrName) ? codeOrName : name;
    }
    return codeOrName;
  }

  private static String period(LocalDate from, LocalDate to) {
    String first = month(from);
    if (from.getYear() == to.getYear()) {
      return from.getMonth() == to.getMonth() ? first + " " + from.getYear()
          : first + "–" + month(to) + " " + to.getYear();
    }
    return first + " " + from.getYear() + "–" + month(to) + " " + to.getYear();
  }

  private static String month(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
