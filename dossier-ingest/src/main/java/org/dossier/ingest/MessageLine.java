package org.dossier.ingest;

import java.util.regex.Pattern;

/**
 * A message fit for one line of a terminal: parsers quote the input they choke on, and hostile
 * input holds line breaks and control characters. Runs of white space and controls become one
 * space; a very long message is cut.
 */
public final class MessageLine {

  private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cntrl}\\u0085\\u2028\\u2029]+");
  private static final int MAX_LENGTH = 300;

  private MessageLine() {
  }

  public static String of(String message) {
    String line = BREAKS.matcher(message).replaceAll(" ").strip();
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "…";
  }
}
