package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;

/**
 * Folds repeats into one quote: the same words twice are one statement said once and reported
 * twice ({@code occurrences} counts them; the attribution with the most detail wins), and a
 * partial quote inside a direct quote of the same speaker is part of that utterance.
 */
final class QuoteMerger {

  List<Quote> merge(List<Quote> quotes) {
    List<Quote> merged = new ArrayList<>();
    for (Quote q : quotes) {
      int same = indexOfSame(merged, q);
      if (same >= 0) {
        merged.set(same, combine(merged.get(same), q));
      } else {
        merged.add(q);
      }
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : merged) {
      if (q.kind() == QuoteKind.PARTIAL && containedInDirect(merged, q)) {
        continue;
      }
      out.add(q);
    }
    return out;
  }

  private static int indexOfSame(List<Quote> merged, Quote q) {
    for (int i = 0; i < merged.size(); i++) {
      Quote m = merged.get(i);
      if (m.kind() != QuoteKind.INDIRECT && q.kind() != QuoteKind.INDIRECT
          && key(m.text()).equals(key(q.text())) && compatible(m, q)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containedInDirect(List<Quote> all, Quote partial) {
    for (Quote q : all) {
      if (q.kind() == QuoteKind.DIRECT && q != partial && key(q.text()).contains(key(partial.text()))
          && compatible(q, partial)) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatible(Quote a, Quote b) {
    return a.speaker().isEmpty() || b.speaker().isEmpty()
        || a.speaker().get().entityId().equals(b.speaker().get().entityId());
  }

  private static Quote combine(Quote first, Quote repeat) {
    Quote richer = detail(repeat) > detail(first) ? repeat : first;
    return new Quote(first.text(), first.kind(), first.speaker().or(repeat::speaker),
        richer.cue().or(first::cue), richer.channel().or(first::channel),
        richer.date().or(first::date), first.occurrences() + repeat.occurrences(), first.start(),
        first.end(), Math.max(first.confidence(), repeat.confidence()));
  }

  private static int detail(Quote q) {
    return (q.speaker().isPresent() ? 4 : 0) + (q.channel().isPresent() ? 2 : 0)
        + (q.cue().isPresent() ? 1 : 0);
  }

  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
