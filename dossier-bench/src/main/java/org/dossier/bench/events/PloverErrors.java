package org.dossier.bench.events;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.dossier.model.EventActor;
import org.dossier.model.PoliticalEvent;

/** Lists each gold sentence with its gold coding and Dossier's events, misses first marked. */
final class PloverErrors {

  private PloverErrors() {
  }

  static void write(List<SentenceOutcome> outcomes, PrintWriter out) {
    for (SentenceOutcome o : outcomes) {
      PloverRecord g = o.gold();
      out.printf("%s %s%s%s %s  gold %s %s -> %s  actors %d/%d%n", g.id(),
          o.typeRight() ? "T" : "t", mark(o.sourceRight(), "S"), mark(o.targetRight(), "R"),
          o.predicted(), g.event(), g.sources(), g.targets(), o.actorsFound(), o.actors());
      out.println("  " + g.text());
      for (PoliticalEvent e : o.all()) {
        out.printf("  %s %s %s %s -> %s  %s %.2f%s%n", e == o.best().orElse(null) ? "*" : "-",
            e.code(), e.cameo(), actor(Optional.of(e.source())), actor(e.target()), e.date(),
            e.confidence(), e.mode().map(m -> " " + m).orElse(""));
      }
    }
  }

  private static String mark(Optional<Boolean> right, String letter) {
    return right.map(r -> r ? letter : letter.toLowerCase()).orElse(".");
  }

  private static String actor(Optional<EventActor> a) {
    return a.map(x -> x.name() + "/" + x.countryCode().orElse("-") + "/" + x.sector().orElse("-"))
        .orElse("none");
  }
}
