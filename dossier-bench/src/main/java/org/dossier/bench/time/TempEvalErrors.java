package org.dossier.bench.time;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Lists where a system disagrees with the gold annotations, one line each, for development:
 * MISS (gold not found), EXTRA (found, not gold), SPAN (overlap, other extent), VALUE and TYPE
 * (matched, other attribute), each with the document, anchor date and surrounding text.
 */
final class TempEvalErrors {

  private TempEvalErrors() {
  }

  static void write(List<TimeMlDocument> documents,
      BiFunction<String, Optional<LocalDate>, List<TimexSpan>> tagger, PrintWriter out) {
    for (TimeMlDocument document : documents) {
      List<TimexSpan> found = tagger.apply(document.text(), document.creationDate());
      String text = document.text();
      boolean[] used = new boolean[found.size()];
      for (TimexSpan gold : document.gold()) {
        int match = -1;
        for (int i = 0; i < found.size() && match < 0; i++) {
          if (!used[i] && found.get(i).start() < gold.end() && gold.start() < found.get(i).end()) {
            match = i;
          }
        }
        if (match < 0) {
          line(out, "MISS", document, gold, null);
          continue;
        }
        used[match] = true;
        TimexSpan system = found.get(match);
        if (system.start() != gold.start() || system.end() != gold.end()) {
          line(out, "SPAN", document, gold, system);
        }
        if (!system.value().equals(gold.value())) {
          line(out, "VALUE", document, gold, system);
        } else if (!system.type().equals(gold.type())) {
          line(out, "TYPE", document, gold, system);
        }
      }
      for (int i = 0; i < found.size(); i++) {
        if (!used[i]) {
          line(out, "EXTRA", document, null, found.get(i));
        }
      }
    }
  }

  private static void line(PrintWriter out, String kind, TimeMlDocument document, TimexSpan gold,
      TimexSpan system) {
    String text = document.text();
    TimexSpan where = gold != null ? gold : system;
    String before = text.substring(Math.max(0, where.start() - 60), where.start())
        .replace('\n', ' ');
    String after = text.substring(where.end(), Math.min(text.length(), where.end() + 40))
        .replace('\n', ' ');
    out.printf("%s\t%s\t%s\tgold=%s\tsys=%s\t|%s[[%s]]%s%n", kind, document.id(),
        document.creationDate().map(LocalDate::toString).orElse("-"), describe(text, gold),
        describe(text, system), before, text.substring(where.start(), where.end()), after);
  }

  private static String describe(String text, TimexSpan span) {
    return span == null ? "-" : "'" + text.substring(span.start(), span.end()) + "' "
        + span.type() + " " + span.value();
  }
}
