package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.pipeline.Stage;
import org.dossier.extract.text.ClauseReader;
import org.dossier.extract.text.DependencyTree;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.EventActor;
import org.dossier.model.Mention;
import org.dossier.model.Place;
import org.dossier.model.PoliticalEvent;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Codes political events from verbs in the event dictionary: the subject is the source, the
 * object or a "with"/"against"/"on" complement the target (in the passive, the "by" agent is the
 * source). Negated, conditional and hypothetical clauses report no event. The date is the one
 * said of the verb, else the publication date; the place is one named in the clause, else the
 * dateline.
 */
public final class EventStage implements Stage {

  private static final Set<String> TARGET_CASES = Set.of("with", "against", "on", "to", "into",
      "toward", "towards", "at");
  private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "should", "would",
      "could", "might", "may", "whether");

  private final EventDictionary dictionary;
  private final ActorReader actors;
  private final ClauseReader clauses;
  private final KnowledgeBase knowledge;

  private EventStage(EventDictionary dictionary, KnowledgeBase knowledge) {
    this.dictionary = dictionary;
    this.actors = new ActorReader();
    this.clauses = new ClauseReader();
    this.knowledge = knowledge;
  }

  public static EventStage create(KnowledgeBase knowledge) {
    return new EventStage(EventDictionary.builtIn(), knowledge);
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    DependencyTree tree = new DependencyTree(in.parsed());
    List<PoliticalEvent> events = new ArrayList<>();
    for (Token verb : in.parsed().tokens()) {
      if (!verb.isVerb() || isUnreal(tree, verb)) {
        continue;
      }
      Optional<EventType> type = dictionary.verb(verb.lemma(), particles(tree, verb));
      if (type.isPresent()) {
        code(in, tree, verb, type.get()).ifPresent(events::add);
      }
    }
    return in.withEvents(events);
  }

  private Optional<PoliticalEvent> code(ArticleAnnotations in, DependencyTree tree, Token verb,
      EventType type) {
    ResolvedEntities entities = in.entities();
    boolean passive = tree.children(verb).stream().anyMatch(c -> c.relation().equals("nsubj:pass"));
    Optional<EventActor> source = passive
        ? agent(tree, entities, verb)
        : tree.subject(verb).flatMap(s -> actors.actor(entities, s));
    if (source.isEmpty()) {
      return Optional.empty();
    }
    Optional<EventActor> target = passive
        ? tree.child(verb, r -> r.equals("nsubj:pass")).flatMap(s -> actors.actor(entities, s))
        : target(tree, entities, verb);
    if (target.isPresent() && target.get().entityId().equals(source.get().entityId())) {
      target = Optional.empty();
    }
    Sentence sentence = in.parsed().sentenceOf(verb);
    String text = in.parsed().text().substring(sentence.start(), sentence.end());
    String date = clauses.dateOf(tree, in.times(), verb)
        .or(() -> in.article().published().map(Object::toString))
        .orElse("XXXX-XX-XX");
    double confidence = target.isPresent() ? 0.7 : 0.5;
    return Optional.of(new PoliticalEvent(type.code(), type.cameo(), type.mode(), source.get(),
        target, location(in, tree, verb), date, text, sentence.start(), sentence.end(), confidence));
  }

  private Optional<EventActor> agent(DependencyTree tree, ResolvedEntities entities, Token verb) {
    return tree.child(verb, r -> r.equals("obl:agent")).flatMap(a -> actors.actor(entities, a));
  }

  private Optional<EventActor> target(DependencyTree tree, ResolvedEntities entities, Token verb) {
    Optional<EventActor> object = tree.child(verb, r -> r.equals("obj"))
        .flatMap(o -> actors.actor(entities, o));
    if (object.isPresent()) {
      return object;
    }
    for (Token child : tree.children(verb)) {
      if (child.relation().startsWith("obl") && tree.children(child).stream()
          .anyMatch(c -> c.relation().equals("case")
              && TARGET_CASES.contains(c.word().toLowerCase(Locale.ROOT)))) {
        Optional<EventActor> oblique = actors.actor(entities, child);
        if (oblique.isPresent()) {
          return oblique;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Place> location(ArticleAnnotations in, DependencyTree tree, Token verb) {
    for (var entry : in.entities().mentionsInOrder()) {
      Entity e = entry.getValue();
      Mention m = entry.getKey();
      if (e.type() == EntityType.LOCATION && clauses.belongsTo(tree, m.start(), m.end(), verb)) {
        return Optional.of(place(e));
      }
    }
    return in.article().dateline().flatMap(d -> d.place().map(name -> knowledge
        .place(name, d.countryCode())
        .map(p -> new Place(p.name(), Optional.of(p.countryCode()), Optional.of(p.lat()),
            Optional.of(p.lon())))
        .orElse(new Place(name, d.countryCode(), Optional.empty(), Optional.empty()))));
  }

  private static Place place(Entity e) {
    return new Place(e.name(), e.countryCode(), e.location().map(l -> l.lat()),
        e.location().map(l -> l.lon()));
  }

  private static List<String> particles(DependencyTree tree, Token verb) {
    List<String> out = new ArrayList<>();
    for (Token child : tree.children(verb)) {
      if (child.relation().equals("compound:prt")) {
        out.add(child.word());
      } else if (child.relation().startsWith("obl")) {
        tree.child(child, r -> r.equals("case")).ifPresent(c -> out.add(c.word()));
      }
    }
    return out;
  }

  // "should an agreement not be reached", "if talks fail", "did not meet": no event happened.
  private static boolean isUnreal(DependencyTree tree, Token verb) {
    for (Token child : tree.children(verb)) {
      String w = child.word().toLowerCase(Locale.ROOT);
      if (child.relation().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
      if ((child.relation().equals("mark") || child.relation().startsWith("aux"))
          && HYPOTHETICAL.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
