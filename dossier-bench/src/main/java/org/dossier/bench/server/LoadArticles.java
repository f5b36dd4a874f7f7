package org.dossier.bench.server;

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

/**
 * Synthetic analyzed articles for the server load test, without NLP: article {@code n} has one
 * of {@link #PEOPLE} people meet another about one of {@link #TOPICS} topics, with a quote and a
 * CONSULT or THREATEN event, published over five years. Deterministic in {@code n}.
 */
final class LoadArticles {

  static final List<String> PEOPLE = List.of("Ada Brandt", "Omar Haddad", "Lena Sorensen",
      "Ravi Menon", "Sofia Alves", "Kenji Sato", "Amara Okafor", "Piotr Nowak", "Leila Farahani",
      "Mateo Rossi", "Ingrid Holm", "Yusuf Demir", "Chen Wei", "Nadia Petrova", "Tomas Novak",
      "Aisha Bello", "Hugo Laurent", "Mira Kaplan", "Diego Ruiz", "Hana Kim");
  static final List<String> TOPICS = List.of("trade", "energy", "water", "borders", "refugees",
      "sanctions", "elections", "security", "climate", "tariffs", "grain", "pipelines", "debt",
      "nuclear", "fisheries", "railways", "vaccines", "drones", "ports", "satellites");

  private LoadArticles() {
  }

  static String personId(int person) {
    return "dossier:person:load-" + person;
  }

  static AnalyzedArticle article(int n) {
    int a = Math.floorMod(n * 7, PEOPLE.size());
    int b = Math.floorMod(a + 1 + n % 5, PEOPLE.size());
    String topic = TOPICS.get(Math.floorMod(n * 13, TOPICS.size()));
    LocalDate day = LocalDate.of(2021, 1, 1).plusDays(n % 1825);
    String speaker = PEOPLE.get(a);
    String other = PEOPLE.get(b);
    String quoted = "We will not give up on " + topic + " (" + n + ")";
    String text = speaker + " met " + other + " to talk about " + topic + ". \"" + quoted
        + ",\" " + speaker + " said after the meeting on " + topic + " in round " + n + ".";
    Article article = Article.builder("load/" + n + ".txt", text)
        .title(speaker + " and " + other + " on " + topic + " (" + n + ")").published(day)
        .language("en").build();
    int q = text.indexOf(quoted);
    Mention said = mention(text, speaker, q);
    Quote quote = new Quote(quoted, QuoteKind.DIRECT, Optional.of(new Speaker(personId(a),
        speaker, said)), Optional.of("said"), Optional.empty(), Optional.empty(), 1, q,
        q + quoted.length(), 0.9);
    int end = text.indexOf('.') + 1;
    String code = n % 3 == 0 ? "THREATEN" : "CONSULT";
    PoliticalEvent event = new PoliticalEvent(code, code.equals("CONSULT") ? "040" : "130",
        Optional.empty(), actor(a), Optional.of(actor(b)), Optional.empty(), day.toString(),
        text.substring(0, end), 0, end, 0.8, code.equals("CONSULT") ? 1 : 3, false,
        Optional.empty());
    return AnalyzedArticle.of(article, List.of(person(text, a), person(text, b)), List.of(),
        List.of(quote), List.of(event));
  }

  private static Entity person(String text, int person) {
    return new Entity(personId(person), PEOPLE.get(person), EntityType.PERSON, Optional.empty(),
        Optional.empty(), List.of(), List.of(mention(text, PEOPLE.get(person), 0)));
  }

  private static EventActor actor(int person) {
    return new EventActor(personId(person), PEOPLE.get(person), Optional.empty(),
        Optional.of("GOV"));
  }

  private static Mention mention(String text, String phrase, int from) {
    int at = text.indexOf(phrase, from);
    return Mention.of(text, at, at + phrase.length());
  }
}
