package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.pipeline.Stage;
import org.dossier.extract.text.ClauseReader;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.PoliticalEvent;
import org.dossier.nlp.Sentence;

/**
 * Codes who did what to whom, where and when, in PLOVER with the nearest CAMEO code. Per
 * sentence: finds the verbs and nouns the event dictionary lists (with light verbs, undergoing
 * verbs and verb-object pairs), drops what is only the content of another act, reads modality
 * (negated, conditional and hypothetical acts are no events; promised and threatened ones are
 * AGREE and THREATEN), reads source and target as canonical actors with country and sector,
 * then the date (from the text, else the publication date, flagged), place and the quote the
 * event is claimed in; statements that are themselves demands or accusations are coded as such.
 * Events told twice are merged. Stateless after construction and thread-safe.
 */
public final class EventStage implements Stage {

  private final PredicateFinder predicates;
  private final ContentFilter content;
  private final ModalityReader modality;
  private final ArgumentReader arguments;
  private final EventBuilder builder;
  private final ClaimCoder claims;
  private final EventMerger merger;

  private EventStage(EventDictionary dictionary, AgentLexicon agents, KnowledgeBase knowledge) {
    ActorFactory factory = new ActorFactory(knowledge, agents);
    ActorReader actors = new ActorReader(factory, agents, new CountryWords(knowledge));
    SpeakerFinder speakers = new SpeakerFinder(dictionary, factory);
    ClauseReader clauses = new ClauseReader();
    this.predicates = new PredicateFinder(dictionary);
    this.content = new ContentFilter();
    this.modality = new ModalityReader(dictionary);
    this.arguments = new ArgumentReader(actors, speakers);
    this.builder = new EventBuilder(new EventDater(clauses), new EventPlacer(knowledge, clauses),
        speakers, factory);
    this.claims = new ClaimCoder(dictionary, modality, arguments, speakers, builder, predicates);
    this.merger = new EventMerger();
  }

  public static EventStage create(KnowledgeBase knowledge) {
    return new EventStage(EventDictionary.builtIn(), AgentLexicon.builtIn(), knowledge);
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    CodingContext ctx = CodingContext.of(in);
    List<PoliticalEvent> events = new ArrayList<>();
    for (Sentence sentence : in.parsed().sentences()) {
      ClaimCoder.Claims claimed = claims.code(ctx, sentence);
      for (Predicate p : content.filter(ctx, predicates.find(ctx, sentence))) {
        if (claimed.alleges(ctx, p.trigger())) {
          continue;
        }
        Modality m = p.isVerbal() ? modality.of(ctx, p.trigger())
            : modality.ofNoun(ctx, p.trigger());
        events.addAll(builder.build(ctx, p, arguments.read(ctx, p), m));
      }
      events.addAll(claimed.events());
    }
    return in.withEvents(merger.merge(events));
  }
}
