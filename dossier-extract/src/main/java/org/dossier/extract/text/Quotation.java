package org.dossier.extract.text;

/**
 * A stretch of text between a pair of quotation marks: offsets of the marks themselves
 * ({@code open} at the opening mark, {@code close} just after the closing one) and the width of
 * each mark (1, or 2 for marks typed as two characters: {@code ''} and {@code ``}).
 */
public record Quotation(int open, int close, char mark, int width) {

  public Quotation(int open, int close, char mark) {
    this(open, close, mark, 1);
  }

  /** Start of the quoted text, after the opening mark. */
  public int innerStart() {
    return open + width;
  }

  /** End of the quoted text, before the closing mark. */
  public int innerEnd() {
    return Math.max(innerStart(), close - width);
  }

  public boolean contains(int offset) {
    return offset >= innerStart() && offset < innerEnd();
  }

  public String inner(String text) {
    return text.substring(innerStart(), innerEnd());
  }
}
