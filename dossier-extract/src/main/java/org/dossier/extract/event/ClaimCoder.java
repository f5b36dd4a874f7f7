package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.PoliticalEvent;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Codes what a statement claims when the claim is itself an act of the speaker: a statement that
 * someone must, or can no longer, do something is a demand of them (REQUEST: "Trump stressed that
 * Tehran can have 'no nuclear weapons'", "Russia said Sudan must return the helicopter"); a
 * statement that someone seeks or plans something hostile is an accusation (ACCUSE: "'Israel has
 * always sought to drag the US into fighting wars,' Araghchi wrote"). The record is linked to
 * the quote that reports it. Events the statement reports as done are coded where they stand.
 * Thread-safe.
 */
final class ClaimCoder {

  private static final EventType DEMAND = EventType.of("REQUEST", "100", null);
  private static final EventType ALLEGATION = EventType.of("ACCUSE", "112", "allege");

  private final EventDictionary dictionary;
  private final ModalityReader modality;
  private final ArgumentReader arguments;
  private final SpeakerFinder speakers;
  private final EventBuilder builder;
  private final PredicateFinder predicates;

  ClaimCoder(EventDictionary dictionary, ModalityReader modality, ArgumentReader arguments,
      SpeakerFinder speakers, EventBuilder builder, PredicateFinder predicates) {
    this.dictionary = dictionary;
    this.modality = modality;
    this.arguments = arguments;
    this.speakers = speakers;
    this.builder = builder;
    this.predicates = predicates;
  }

  /**
   * The claims of a sentence that are acts of their speakers, with the acts they allege
   * intended: those are what the claim says, not events of their own.
   */
  record Claims(List<PoliticalEvent> events, List<Token> allegedActs) {

    Claims {
      events = List.copyOf(events);
      allegedActs = List.copyOf(allegedActs);
    }

    boolean alleges(CodingContext ctx, Token t) {
      return allegedActs.stream().anyMatch(a -> ctx.tree().dominates(a, t));
    }
  }

  Claims code(CodingContext ctx, Sentence sentence) {
    List<PoliticalEvent> events = new ArrayList<>();
    List<Token> alleged = new ArrayList<>();
    for (Token s : ctx.in().parsed().tokensOf(sentence)) {
      if (speakers.isSpeech(s)) {
        content(ctx, s).ifPresent(c -> {
          List<PoliticalEvent> found = claim(ctx, s, c);
          events.addAll(found);
          if (found.stream().anyMatch(e -> e.code().equals(ALLEGATION.code()))) {
            intendedAct(ctx, c).ifPresent(alleged::add);
          }
        });
      }
    }
    return new Claims(events, alleged);
  }

  // The reported clause: the complement, or the quote the cue follows ("'…,' X wrote").
  private static Optional<Token> content(CodingContext ctx, Token speech) {
    if (speech.relation().equals("parataxis") && !speech.isRoot()) {
      return Optional.of(ctx.head(speech));
    }
    return ctx.child(speech, "ccomp");
  }

  private List<PoliticalEvent> claim(CodingContext ctx, Token speech, Token content) {
    List<Actor> speaker = speakers.speakerOf(ctx, content, arguments);
    if (speaker.isEmpty()) {
      return List.of();
    }
    List<Actor> claimed = arguments.subjects(ctx, content).stream()
        .filter(a -> speaker.stream().noneMatch(a::sameAs) && !a.place()).toList();
    if (claimed.isEmpty()) {
      return List.of();
    }
    EventType type;
    if (modality.of(ctx, content) == Modality.OBLIGED) {
      type = DEMAND;
    } else if (intendsForce(ctx, content)) {
      type = ALLEGATION;
      claimed = claimed.stream().filter(a -> a.actor().countryCode().isEmpty()
          || speaker.stream().noneMatch(x -> x.actor().countryCode().equals(a.actor().countryCode())))
          .toList();
    } else {
      return List.of();
    }
    if (claimed.isEmpty()) {
      return List.of();
    }
    Predicate claim = new Predicate(Predicate.Kind.VERB, speech, Optional.empty(), type);
    return builder.build(ctx, claim, Arguments.of(speaker, claimed), Modality.REAL, content);
  }

  // "Israel has always sought to drag the US into fighting wars": an intention whose intended
  // act speaks of force.
  private boolean intendsForce(CodingContext ctx, Token content) {
    Optional<Token> intended = intendedAct(ctx, content);
    return intended.isPresent() && hostile(ctx, intended.get());
  }

  /** The act a reported clause says someone intends: "sought to [drag the US into war]". */
  private Optional<Token> intendedAct(CodingContext ctx, Token content) {
    if (dictionary.hasFrame(content.lemma(), Frame.INTEND)) {
      return ctx.child(content, "xcomp");
    }
    return ctx.child(content, "xcomp").filter(x -> dictionary.hasFrame(x.lemma(), Frame.INTEND))
        .flatMap(x -> ctx.child(x, "xcomp"));
  }

  // Whether the intended act speaks of force: a hostile event word anywhere in it.
  private boolean hostile(CodingContext ctx, Token content) {
    Sentence s = ctx.in().parsed().sentenceOf(content);
    return predicates.find(ctx, s).stream()
        .anyMatch(p -> p.type().quadClass() == 4 && ctx.tree().dominates(content, p.trigger()));
  }
}
