package org.dossier.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Speaker;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimexType;

/**
 * Hand-built analyzed articles for server tests, without NLP: in article {@code n} one person
 * meets another in a city, says something and the meeting is a CONSULT event, dated
 * {@code 2026-01-01 + n} days, so tests know what every query must find.
 */
final class StoredArticles {

  record Person(String id, String name, String surname, String country) {
  }

  static final Person TRUMP = new Person("Q22686", "Donald Trump", "Trump", "US");
  static final Person ARAGHCHI = new Person("dossier:person:abbas-araghchi", "Abbas Araghchi", "Araghchi", "IR");

  private StoredArticles() {
  }

  static LocalDate day(int n) {
    return LocalDate.of(2026, 1, 1).plusDays(n);
  }

  /** Article {@code n}: even ones are Trump speaking, odd ones Araghchi. */
  static AnalyzedArticle article(int n) {
    Person speaker = n % 2 == 0 ? TRUMP : ARAGHCHI;
    Person other = n % 2 == 0 ? ARAGHCHI : TRUMP;
    String quoted = "We want a deal number " + n + ",";
    String text = speaker.name() + " met " + other.name() + " in Muscat on " + day(n) + ". \""
        + quoted + "\" " + speaker.surname() + " said.";
    Article article = Article.builder("stored/" + n + ".txt", text)
        .title("Story " + n + ": " + speaker.surname() + " meets " + other.surname())
        .published(day(n)).language("en").build();
    int q = text.indexOf(quoted);
    Mention said = mention(text, speaker.surname() + " said");
    Quote quote = new Quote(quoted, QuoteKind.DIRECT, Optional.of(new Speaker(speaker.id(),
        speaker.name(), new Mention(said.start(), said.start() + speaker.surname().length(),
        speaker.surname()))), Optional.of("said"), Optional.empty(), Optional.empty(), 1, q,
        q + quoted.length(), 0.9);
    int end = text.indexOf('.') + 1;
    PoliticalEvent meeting = new PoliticalEvent("CONSULT", "040", Optional.of("visit"),
        actor(speaker), Optional.of(actor(other)), Optional.of(new Place("Muscat",
        Optional.of("OM"), Optional.of(23.6), Optional.of(58.4))), day(n).toString(),
        text.substring(0, end), 0, end, 0.8, 1, true, Optional.empty());
    int at = text.indexOf(day(n).toString());
    TimeExpression time = new TimeExpression("on " + day(n), TimexType.DATE, day(n).toString(),
        Optional.empty(), at - 3, at + 10);
    return AnalyzedArticle.of(article, List.of(person(text, speaker), person(text, other)),
        List.of(time), List.of(quote), List.of(meeting));
  }

  private static Entity person(String text, Person p) {
    return new Entity(p.id(), p.name(), EntityType.PERSON, Optional.of(p.country()),
        Optional.empty(), List.of(), List.of(mention(text, p.name())));
  }

  private static EventActor actor(Person p) {
    return new EventActor(p.id(), p.name(), Optional.of(p.country()), Optional.of("GOV"));
  }

  private static Mention mention(String text, String phrase) {
    int at = text.indexOf(phrase);
    return Mention.of(text, at, at + phrase.length());
  }
}
