package org.dossier.extract.text;

/**
 * A stretch of text between a pair of quotation marks: offsets of the marks themselves
 * ({@code open} at the opening mark, {@code close} just after the closing one).
 */
public record Quotation(int open, int close, char mark) {

  /** Start of the quoted text, after the opening mark. */
  public int innerStart() {
    return open + 1;
  }

  /** End of the quoted text, before the closing mark. */
  public int innerEnd() {
    return close - 1;
  }

  public boolean contains(int offset) {
    return offset > open && offset < close - 1;
  }

  public String inner(String text) {
    return text.substring(innerStart(), innerEnd());
  }
}
