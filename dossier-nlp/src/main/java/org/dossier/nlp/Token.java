package org.dossier.nlp;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * One token of the parsed text: its index in the document, its sentence, its UTF-16 span in the
 * article text, the word as written, part of speech (Penn Treebank), lemma, named-entity tag
 * ({@code O} when none) and its Universal Dependencies head (a document token index, {@code -1}
 * for the sentence root) with the relation to it.
 */
public record Token(int index, int sentence, int start, int end, String word, String pos,
    String lemma, String ner, int head, String relation) {

  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  public Token {
    requireNonNull(word, "word");
    requireNonNull(pos, "pos");
    requireNonNull(lemma, "lemma");
    requireNonNull(ner, "ner");
    requireNonNull(relation, "relation");
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  /** A verb form that carries tense: "said", "says", "say" (present), "will". */
  public boolean isFinite() {
    return FINITE_TAGS.contains(pos);
  }

  /** Whether the entity tagger took the token for part of a time expression. */
  public boolean isTime() {
    return isTimeType(ner);
  }

  /** Whether an entity tag names a time expression: DATE, TIME, DURATION or SET. */
  public static boolean isTimeType(String nerTag) {
    return TIME_TYPES.contains(nerTag);
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isRoot() {
    return head < 0;
  }
}
