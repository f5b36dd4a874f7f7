package org.dossier.nlp;

import static java.util.Objects.requireNonNull;

/**
 * A run of tokens the NER model tagged as one name — PERSON, ORGANIZATION, LOCATION, CITY,
 * COUNTRY, NATIONALITY, TITLE, … — with its span and its first and last-plus-one token.
 */
public record NamedEntityMention(String type, int start, int end, String text, int firstToken,
    int endToken) {

  public NamedEntityMention {
    requireNonNull(type, "type");
    requireNonNull(text, "text");
  }
}
