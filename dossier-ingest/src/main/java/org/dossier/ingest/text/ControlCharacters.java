package org.dossier.ingest.text;

/**
 * Removes characters that are never text — C0/C1 controls other than tab and newline, NULs —
 * and makes every line break a {@code \n}, so offsets mean the same on every platform.
 */
public final class ControlCharacters {

  private ControlCharacters() {
  }

  public static String strip(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep = c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F) || c > 0x9F;
      char replacement = c;
      if (c == '\r') {
        keep = i + 1 >= text.length() || text.charAt(i + 1) != '\n';
        replacement = '\n';
      }
      if (!keep || replacement != c) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (keep) {
          out.append(replacement);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
