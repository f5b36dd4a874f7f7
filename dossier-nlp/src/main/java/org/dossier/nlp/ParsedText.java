package org.dossier.nlp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The linguistic analysis of an article's text, independent of the library that produced it:
 * sentences, tokens with part of speech, lemma, entity tag and dependency head, entity mentions
 * and time-expression spans. Offsets are UTF-16 into the analyzed text. Immutable.
 */
public record ParsedText(
    String text,
    List<Sentence> sentences,
    List<Token> tokens,
    List<NamedEntityMention> entityMentions,
    List<TimexMention> timexes) {

  public ParsedText {
    requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entityMentions = List.copyOf(entityMentions);
    timexes = List.copyOf(timexes);
  }

  /**
   * The same analysis over {@code original}, a text of the same length that the analyzed text
   * masked parts of (with spaces, so offsets hold).
   */
  public ParsedText over(String original) {
    if (original.length() != text.length()) {
      throw new IllegalArgumentException("texts differ in length: " + original.length() + " vs "
          + text.length());
    }
    return new ParsedText(original, sentences, tokens, entityMentions, timexes);
  }

  public List<Token> tokensOf(Sentence sentence) {
    return sentence.slice(tokens);
  }

  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  /** The sentence holding the character at {@code offset}. */
  public Optional<Sentence> sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The head of {@code token}, empty for a sentence root. */
  public Optional<Token> headOf(Token token) {
    return token.isRoot() ? Optional.empty() : Optional.of(tokens.get(token.head()));
  }

  /** The tokens whose head is {@code token}, in text order. */
  public List<Token> dependentsOf(Token token) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokensOf(sentenceOf(token))) {
      if (t.head() == token.index()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The tokens overlapping {@code [start, end)}, in text order. */
  public List<Token> tokensIn(int start, int end) {
    List<Token> out = new ArrayList<>();
    Optional<Sentence> first = sentenceAt(start);
    int from = first.map(Sentence::firstToken).orElse(0);
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= end) {
        break;
      }
      if (t.end() > start) {
        out.add(t);
      }
    }
    return out;
  }
}
