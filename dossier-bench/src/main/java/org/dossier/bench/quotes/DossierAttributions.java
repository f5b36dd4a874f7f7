package org.dossier.bench.quotes;

import java.util.ArrayList;
import java.util.List;

import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;

/** Dossier's quotes as found statements, each speaker with all its mentions in the article. */
final class DossierAttributions {

  private DossierAttributions() {
  }

  static List<PredictedAttribution> of(AnalyzedArticle analyzed) {
    List<PredictedAttribution> out = new ArrayList<>();
    for (Quote q : analyzed.quotes()) {
      List<int[]> mentions = new ArrayList<>();
      q.speaker().ifPresent(s -> {
        mentions.add(new int[] {s.mention().start(), s.mention().end()});
        analyzed.entities().stream().filter(e -> e.id().equals(s.entityId()))
            .map(Entity::mentions).flatMap(List::stream)
            .forEach(m -> mentions.add(new int[] {m.start(), m.end()}));
      });
      out.add(new PredictedAttribution(q.start(), q.end(), q.kind() != QuoteKind.INDIRECT,
          q.speaker().map(s -> s.name()), mentions));
    }
    return out;
  }

}
