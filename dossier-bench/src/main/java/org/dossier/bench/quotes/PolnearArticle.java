package org.dossier.bench.quotes;

import java.time.LocalDate;
import java.util.List;

/** One PolNeAR article: its name, publication date, text and gold attributions. */
record PolnearArticle(String name, LocalDate published, String text, List<GoldAttribution> gold) {

  PolnearArticle {
    gold = List.copyOf(gold);
  }
}
