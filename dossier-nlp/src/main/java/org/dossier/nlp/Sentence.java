package org.dossier.nlp;

import java.util.List;

/**
 * One sentence: its index, its UTF-16 span in the article text, and the document indices of its
 * first and last-plus-one tokens.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

  public boolean containsToken(int token) {
    return token >= firstToken && token < endToken;
  }

  public boolean containsOffset(int offset) {
    return offset >= start && offset < end;
  }

  public <T> List<T> slice(List<T> documentTokens) {
    return documentTokens.subList(firstToken, endToken);
  }
}
