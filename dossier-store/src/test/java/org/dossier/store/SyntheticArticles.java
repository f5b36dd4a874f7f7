package org.dossier.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.GeoPoint;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Role;
import org.dossier.model.Speaker;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimexType;

/**
 * Hand-built analyzed articles for store tests, without NLP: article {@code n} has a known
 * number of every record ({@link #ENTITIES}, {@link #QUOTES}, {@link #EVENTS}, {@link #TIMES},
 * {@link #MENTIONS}), so a test can tell a whole article from a torn one.
 */
public final class SyntheticArticles {

  static final int ENTITIES = 4;
  static final int MENTIONS = 5;
  static final int QUOTES = 2;
  static final int EVENTS = 2;
  static final int TIMES = 1;

  static final Person TRUMP = new Person("Q22686", "Donald Trump", "Trump", "US");
  static final Person NETANYAHU = new Person("Q43723", "Benjamin Netanyahu", "Netanyahu", "IL");
  static final Person ARAGHCHI = new Person("Q5957367", "Abbas Araghchi", "Araghchi", "IR");

  record Person(String id, String name, String surname, String country) {
  }

  private SyntheticArticles() {
  }

  /** Article {@code n}: {@code speaker} meets {@code other} and talks about the deal. */
  static AnalyzedArticle article(int n, Person speaker, Person other, LocalDate published) {
    return article(n, speaker, other, published, "talks");
  }

  static AnalyzedArticle article(int n, Person speaker, Person other, LocalDate published,
      String topic) {
    String text = speaker.name() + " met " + other.name() + " in Muscat on " + published
        + " (story " + n + "). \"We want a deal on " + topic + ",\" " + speaker.surname()
        + " said. " + other.surname() + " said the " + topic + " would go on. An official"
        + " said nothing.";
    Article article = Article.builder("synthetic/" + n + ".txt", text).title("Story " + n + ": "
        + speaker.surname() + " and " + other.surname() + " on " + topic)
        .published(published).language("en").build();
    List<Entity> entities = entities(text, article.id(), speaker, other);
    List<Quote> quotes = quotes(text, speaker, other, topic);
    List<PoliticalEvent> events = events(text, speaker, other, published);
    int at = text.indexOf(published.toString());
    TimeExpression time = new TimeExpression("on " + published, TimexType.DATE,
        published.toString(), Optional.empty(), at - 3, at + 10);
    return AnalyzedArticle.of(article, entities, List.of(time), quotes, events);
  }

  private static List<Entity> entities(String text, String articleId, Person a, Person b) {
    List<Entity> entities = new ArrayList<>();
    entities.add(person(text, a, List.of(mention(text, a.name(), 0), mention(text, a.surname(),
        text.indexOf('"')))));
    entities.add(person(text, b, List.of(mention(text, b.name(), 0))));
    entities.add(new Entity("Q1000", "Muscat", EntityType.LOCATION, Optional.of("OM"),
        Optional.of(new GeoPoint(23.6, 58.4)), List.of(), List.of(mention(text, "Muscat", 0))));
    entities.add(new Entity("dossier:article:" + articleId.substring(0, 12) + ":person:official",
        "official", EntityType.PERSON, Optional.empty(), Optional.empty(), List.of(),
        List.of(mention(text, "An official", 0))));
    return entities;
  }

  private static Entity person(String text, Person p, List<Mention> mentions) {
    return new Entity(p.id(), p.name(), EntityType.PERSON, Optional.of(p.country()),
        Optional.empty(), List.of(new Role("Minister", Optional.of(p.country()))), mentions);
  }

  private static List<Quote> quotes(String text, Person speaker, Person other, String topic) {
    String direct = "We want a deal on " + topic + ",";
    int d = text.indexOf(direct);
    String indirect = "the " + topic + " would go on";
    int i = text.indexOf(indirect);
    Mention s1 = mention(text, speaker.surname(), d);
    Mention s2 = mention(text, other.surname() + " said", d);
    return List.of(
        new Quote(direct, QuoteKind.DIRECT, Optional.of(new Speaker(speaker.id(), speaker.name(),
            s1)), Optional.of("said"), Optional.empty(), Optional.empty(), 1, d, d + direct.length(),
            0.9),
        new Quote(indirect, QuoteKind.INDIRECT, Optional.of(new Speaker(other.id(), other.name(),
            new Mention(s2.start(), s2.start() + other.surname().length(), other.surname()))),
            Optional.of("said"), Optional.empty(), Optional.empty(), 1, i, i + indirect.length(),
            0.7));
  }

  private static List<PoliticalEvent> events(String text, Person a, Person b, LocalDate day) {
    int end = text.indexOf(')') + 2;
    String sentence = text.substring(0, end);
    Place muscat = new Place("Muscat", Optional.of("OM"), Optional.of(23.6), Optional.of(58.4));
    return List.of(
        new PoliticalEvent("CONSULT", "040", Optional.of("visit"), actor(a), Optional.of(actor(b)),
            Optional.of(muscat), day.toString(), sentence, 0, end, 0.8, 1, true, Optional.empty()),
        new PoliticalEvent("THREATEN", "130", Optional.empty(), actor(b), Optional.of(actor(a)),
            Optional.empty(), day.toString(), sentence, 0, end, 0.5, 3, false, Optional.of(1)));
  }

  private static EventActor actor(Person p) {
    return new EventActor(p.id(), p.name(), Optional.of(p.country()), Optional.of("GOV"));
  }

  private static Mention mention(String text, String phrase, int from) {
    int at = text.indexOf(phrase, from);
    return Mention.of(text, at, at + phrase.length());
  }

  /** The {@code n}-th of a stream of varied articles, for bulk tests. */
  public static AnalyzedArticle nth(int n) {
    Person[] people = {TRUMP, NETANYAHU, ARAGHCHI};
    Person a = people[n % 3];
    Person b = people[(n + 1) % 3];
    return article(n, a, b, LocalDate.of(2026, 1, 1).plusDays(n % 60));
  }
}
