package org.dossier.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.Mention;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Speaker;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreItem;

/** A small store of hand-built articles for command tests: no models needed. */
final class StoredNews {

  private StoredNews() {
  }

  /** Creates {@code db} with two articles: Trump on Iran talks, Araghchi answering. */
  static void create(Path db) {
    try (DossierStore store = DossierStore.open(db)) {
      store.write(List.of(
          StoreItem.of(article("Trump says talks with Iran must go on",
              "Donald Trump met Benjamin Netanyahu at the White House. \"There was nothing"
                  + " definitive reached,\" Trump said about Iran.",
              LocalDate.of(2026, 2, 11), "Q22686", "Donald Trump", "US", "Q794", "Iran", "IR")),
          StoreItem.of(article("Araghchi answers Washington",
              "Abbas Araghchi rejected the demands of Washington. \"We will not negotiate under"
                  + " threats,\" Araghchi said.",
              LocalDate.of(2026, 2, 12), "Q5957367", "Abbas Araghchi", "IR", "Q30",
              "United States", "US"))));
    }
  }

  private static AnalyzedArticle article(String title, String text, LocalDate day, String id,
      String name, String country, String targetId, String targetName, String targetCountry) {
    Article article = Article.builder("news/" + day + ".txt", text).title(title).published(day)
        .build();
    Mention who = Mention.of(text, 0, name.length());
    int open = text.indexOf('"');
    int close = text.indexOf('"', open + 1);
    Quote quote = new Quote(text.substring(open + 1, close), QuoteKind.DIRECT,
        Optional.of(new Speaker(id, name, who)), Optional.of("said"), Optional.empty(),
        Optional.of(day.toString()), 1, open + 1, close, 0.9);
    String sentence = text.substring(0, text.indexOf('.') + 1);
    PoliticalEvent event = new PoliticalEvent(name.startsWith("Donald") ? "CONSULT" : "REJECT",
        name.startsWith("Donald") ? "040" : "120", Optional.empty(),
        new EventActor(id, name, Optional.of(country), Optional.of("GOV")),
        Optional.of(new EventActor(targetId, targetName, Optional.of(targetCountry),
            Optional.empty())), Optional.empty(), day.toString(), sentence, 0, sentence.length(),
        0.8, name.startsWith("Donald") ? 1 : 3, true, Optional.empty());
    Entity person = new Entity(id, name, EntityType.PERSON, Optional.of(country),
        Optional.empty(), List.of(), List.of(who));
    return AnalyzedArticle.of(article, List.of(person), List.of(), List.of(quote),
        List.of(event));
  }
}
