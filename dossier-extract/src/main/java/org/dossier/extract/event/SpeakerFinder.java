package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Quote;
import org.dossier.nlp.Token;

/**
 * Finds who reports a clause: the verb of speech whose complement holds it ("Russia said that
 * Sudan must return …", or "'…,' Araghchi wrote" with the quote first), and the quote of the
 * article that holds a stretch of text, with its speaker. Thread-safe.
 */
final class SpeakerFinder {

  private static final int MAX_HOPS = 8;

  private final EventDictionary dictionary;
  private final ActorFactory factory;

  SpeakerFinder(EventDictionary dictionary, ActorFactory factory) {
    this.dictionary = dictionary;
    this.factory = factory;
  }

  /** The verb of speech whose reported clause holds {@code t}, if any. */
  Optional<Token> speechVerb(CodingContext ctx, Token t) {
    Token cur = t;
    for (int hops = 0; hops < MAX_HOPS; hops++) {
      Optional<Token> reporting = ctx.children(cur).stream()
          .filter(c -> c.relation().equals("parataxis") && isSpeech(c)).findFirst();
      if (reporting.isPresent()) {
        return reporting;
      }
      if (cur.isRoot()) {
        return Optional.empty();
      }
      Token head = ctx.head(cur);
      if ((cur.relation().equals("ccomp") || cur.relation().equals("parataxis")) && isSpeech(head)) {
        return Optional.of(head);
      }
      cur = head;
    }
    return Optional.empty();
  }

  /** Who reports the clause of {@code t}: the speech verb's subject, else the quote's speaker. */
  List<Actor> speakerOf(CodingContext ctx, Token t, ArgumentReader arguments) {
    return speakerOf(ctx, t, arguments, 0);
  }

  List<Actor> speakerOf(CodingContext ctx, Token t, ArgumentReader arguments, int depth) {
    Optional<Token> speech = speechVerb(ctx, t);
    if (speech.isPresent()) {
      List<Actor> subjects = arguments.subjects(ctx, speech.get(), depth);
      if (!subjects.isEmpty()) {
        return subjects;
      }
    }
    return quoteAt(ctx, t.start(), t.end())
        .flatMap(i -> ctx.in().quotes().get(i).speaker())
        .flatMap(s -> ctx.entities().byId(s.entityId()))
        .map(e -> List.of(new Actor(factory.ofEntity(e), t, false)))
        .orElse(List.of());
  }

  /** The index of the article's quote that overlaps {@code [start, end)}, at any occurrence. */
  Optional<Integer> quoteAt(CodingContext ctx, int start, int end) {
    List<Quote> quotes = ctx.in().quotes();
    String text = ctx.in().parsed().text();
    for (int i = 0; i < quotes.size(); i++) {
      for (int[] span : occurrences(text, quotes.get(i))) {
        if (span[0] < end && start < span[1]) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static List<int[]> occurrences(String text, Quote q) {
    List<int[]> spans = new ArrayList<>();
    spans.add(new int[] {q.start(), q.end()});
    if (q.occurrences() > 1 && !q.text().isEmpty()) {
      for (int at = text.indexOf(q.text(), q.end()); at >= 0; at = text.indexOf(q.text(), at + 1)) {
        spans.add(new int[] {at, at + q.text().length()});
      }
    }
    return spans;
  }

  boolean isSpeech(Token t) {
    return t.isVerb() && dictionary.hasFrame(t.lemma(), Frame.SPEECH);
  }
}
