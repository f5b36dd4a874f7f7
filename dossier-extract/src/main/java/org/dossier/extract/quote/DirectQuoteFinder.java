package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.Quotation;
import org.dossier.model.QuoteKind;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds quoted speech: quotations governed by a speech verb ({@code "…," Trump wrote}), quoted
 * predicates of a named subject ({@code the premier "insisted on …"}) and whole quoted paragraphs
 * that go on with the previous speaker. Titles of works, slogans and scare quotes — quoted
 * phrases that modify a noun or follow "titled", "called", … — are not speech.
 */
final class DirectQuoteFinder {

  private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "parataxis", "dep", "conj",
      "obj", "advcl", "csubj", "root", "iobj");
  private static final Set<String> ATTACHED = Set.of("parataxis", "dep", "ccomp", "advcl", "conj");
  private static final int TITLE_CUE_WINDOW = 4;
  private static final int NEXT_WINDOW = 8;
  private static final int SHORT_NAME_WORDS = 4;
  private static final int MAX_HOPS = 8;

  private final SpeechLexicon lexicon;
  private final SpeakerResolver speakers;

  DirectQuoteFinder(SpeechLexicon lexicon, SpeakerResolver speakers) {
    this.lexicon = lexicon;
    this.speakers = speakers;
  }

  List<QuoteDraft> find(DependencyTree tree, ResolvedEntities entities, List<Quotation> quotations) {
    List<QuoteDraft> found = new ArrayList<>();
    String text = tree.parsed().text();
    for (Quotation q : quotations) {
      if (isNested(q, quotations) || q.innerEnd() <= q.innerStart()) {
        continue;
      }
      List<Token> inside = tree.parsed().tokensIn(q.innerStart(), q.innerEnd());
      if (inside.isEmpty() || followsTitleCue(tree, q, inside.size())) {
        continue;
      }
      Optional<Token> head = head(inside, q);
      if (head.isEmpty()) {
        continue;
      }
      Optional<Token> cue = cue(tree, head.get(), q);
      boolean clause = inside.stream().anyMatch(Token::isVerb);
      if (cue.isEmpty() && !(clause && standsAlone(text, tree, q, inside))) {
        continue;
      }
      String quoted = trimmed(q.inner(text));
      int start = q.innerStart() + leadingSpace(q.inner(text));
      QuoteKind kind = isDirect(text, tree, q, inside, quoted) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      Attribution attribution = cue.map(v -> speakers.attribute(tree, entities, v))
          .orElse(Attribution.none());
      double confidence = attribution.speaker().isPresent() ? 0.9 : 0.5;
      found.add(new QuoteDraft(start, start + quoted.length(), quoted, kind,
          inside.get(0).sentence(), attribution, confidence));
    }
    return found;
  }

  /**
   * The speech verb a quotation depends on, if it is speech at all: a speech verb above it
   * ({@code Trump said that he "insisted …"}), one hanging off it ({@code "…," Trump wrote}), or
   * the quote's own verb when its subject stands outside ({@code the premier "insisted on …"}).
   */
  private Optional<Token> cue(DependencyTree tree, Token head, Quotation q) {
    Token cur = head;
    for (int hops = 0; hops < MAX_HOPS && !cur.isRoot(); hops++) {
      if (!CLAUSAL.contains(cur.relation())) {
        break;
      }
      cur = tree.token(cur.head());
      if (!q.contains(cur.start()) && isSpeechVerb(cur)) {
        return Optional.of(cur);
      }
    }
    for (Token t : tree.parsed().tokensOf(tree.parsed().sentenceOf(head))) {
      if (!q.contains(t.start()) && t.start() > q.open() && isSpeechVerb(t) && !t.isRoot()
          && q.contains(tree.token(t.head()).start()) && ATTACHED.contains(t.relation())) {
        return Optional.of(t);
      }
    }
    if (isSpeechVerb(head)) {
      Optional<Token> subject = tree.subject(head);
      if (subject.isPresent() && !q.contains(subject.get().start())) {
        return Optional.of(head);
      }
    }
    return cueOpeningNextSentence(tree, q);
  }

  // "…fathom what it cost?" the diplomat wrote: the question mark ended the sentence inside the
  // quote, so the cue is the main verb of the sentence that starts at the closing mark.
  private Optional<Token> cueOpeningNextSentence(DependencyTree tree, Quotation q) {
    Optional<Token> next = tree.parsed().tokensIn(q.close(), q.close() + NEXT_WINDOW).stream()
        .findFirst();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    List<Token> sentence = tree.parsed().tokensOf(tree.parsed().sentenceOf(next.get()));
    String text = tree.parsed().text();
    int first = sentence.get(0).start();
    boolean adjoining = first >= q.close() - 1
        && text.substring(q.close() - 1, Math.max(q.close() - 1, first)).indexOf('\n') < 0;
    Optional<Token> opening = sentence.stream().filter(t -> Character.isLetter(t.word().charAt(0)))
        .findFirst();
    if (!adjoining || opening.isEmpty() || Character.isUpperCase(opening.get().word().charAt(0))
        && !opening.get().isProperNoun()) {
      return Optional.empty();
    }
    return sentence.stream()
        .filter(t -> t.isRoot() && isSpeechVerb(t)
            && tree.children(t).stream().noneMatch(c -> c.relation().equals("ccomp")
            || c.relation().equals("obj")))
        .findFirst();
  }

  private boolean isSpeechVerb(Token t) {
    return t.isVerb() && lexicon.isSpeechVerb(t.lemma());
  }

  // The highest token of the quotation: its head lies outside it.
  private static Optional<Token> head(List<Token> inside, Quotation q) {
    for (Token t : inside) {
      if (t.isRoot()) {
        return Optional.of(t);
      }
    }
    return inside.stream()
        .filter(t -> t.head() < inside.get(0).index() || t.head() > inside.get(inside.size() - 1).index())
        .findFirst();
  }

  /**
   * Whether the quotation names something rather than reports speech: it follows a title word
   * ("an op-ed titled", "the so-called", "the slogan") within a few words. A naming verb used
   * with its own subject on a quotation of a whole phrase ("Mogherini called the agreement "a
   * sign of hope for the entire world"") reports what someone said and is speech.
   */
  private boolean followsTitleCue(DependencyTree tree, Quotation q, int quotedWords) {
    List<Token> before = tree.parsed().tokensIn(Math.max(0, q.open() - 60), q.open());
    for (int i = before.size() - 1, n = 0; i >= 0 && n < TITLE_CUE_WINDOW; i--, n++) {
      Token t = before.get(i);
      if (lexicon.isTitleCue(t.word())) {
        boolean saidBySubject = t.isVerb() && tree.subject(t).isPresent()
            && quotedWords > SHORT_NAME_WORDS;
        return !saidBySubject;
      }
    }
    return false;
  }

  // A quotation that is the whole of its sentences, with no cue: a paragraph of quoted speech.
  private static boolean standsAlone(String text, DependencyTree tree, Quotation q,
      List<Token> inside) {
    Sentence first = tree.parsed().sentences().get(inside.get(0).sentence());
    Sentence last = tree.parsed().sentences().get(inside.get(inside.size() - 1).sentence());
    String before = text.substring(Math.min(first.start(), q.open()), q.open());
    String after = text.substring(q.close(), Math.max(q.close(), last.end()));
    return before.isBlank() && after.replaceAll("[\\p{P}\\s]", "").isEmpty();
  }

  private static boolean isDirect(String text, DependencyTree tree, Quotation q, List<Token> inside,
      String quoted) {
    if (quoted.isEmpty() || !Character.isUpperCase(quoted.codePointAt(0))
        || inside.stream().noneMatch(Token::isVerb)) {
      return false;
    }
    Sentence sentence = tree.parsed().sentences().get(inside.get(0).sentence());
    String before = text.substring(Math.min(sentence.start(), q.open()), q.open()).strip();
    return before.isEmpty() || before.endsWith(",") || before.endsWith(":");
  }

  private static boolean isNested(Quotation q, List<Quotation> all) {
    for (Quotation other : all) {
      if (other != q && other.open() < q.open() && q.close() <= other.close()) {
        return true;
      }
    }
    return false;
  }

  static String trimmed(String inner) {
    return inner.strip().replaceFirst("[,;:\\s]+$", "");
  }

  static int leadingSpace(String inner) {
    int i = 0;
    while (i < inner.length() && Character.isWhitespace(inner.charAt(i))) {
      i++;
    }
    return i;
  }
}
