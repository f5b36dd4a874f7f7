package org.dossier.extract.entity;

import java.util.Locale;

/** Writes a name set in capitals ("TEL AVIV") the way it is written in running text. */
final class ProperCase {

  private ProperCase() {
  }

  static String of(String capitals) {
    StringBuilder out = new StringBuilder(capitals.length());
    boolean start = true;
    for (char c : capitals.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '.' || c == '\'';
    }
    return out.toString();
  }
}
