package org.dossier.nlp.time;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a list of phrases as one regular expression shaped like a trie ("tw(?:o|elve|enty)"),
 * so that a pattern fails at the first character that fits no phrase instead of trying every
 * phrase in turn; with dozens of rules tried at every word, this keeps tagging fast. Inside a
 * phrase, a space matches white space or hyphens and an apostrophe matches a curly one too.
 * Longer phrases win over their prefixes. Stateless.
 */
final class PhraseRegex {

  private PhraseRegex() {
  }

  /** A non-capturing group matching any of {@code phrases} as written (case is up to the flags). */
  static String of(Collection<String> phrases) {
    Node root = new Node();
    for (String phrase : phrases) {
      Node node = root;
      for (char c : phrase.toCharArray()) {
        node = node.children.computeIfAbsent(c, k -> new Node());
      }
      node.terminal = true;
    }
    return "(?:" + root.regex() + ")";
  }

  private static final class Node {
    private final Map<Character, Node> children = new TreeMap<>();
    private boolean terminal;

    /** The children as alternatives; an optional group when this node may also end a phrase. */
    String regex() {
      if (children.isEmpty()) {
        return "";
      }
      StringBuilder out = new StringBuilder();
      for (Map.Entry<Character, Node> child : children.entrySet()) {
        if (out.length() > 0) {
          out.append('|');
        }
        out.append(literal(child.getKey())).append(child.getValue().regex());
      }
      boolean single = children.size() == 1;
      if (terminal) {
        return "(?:" + out + ")?";
      }
      return single ? out.toString() : "(?:" + out + ")";
    }

    private static String literal(char c) {
      if (c == ' ') {
        return "[\\s\\-]+";
      }
      if (c == '\'' || c == '’') {
        return "['’]";
      }
      if (Character.isLetterOrDigit(c)) {
        return String.valueOf(c);
      }
      return "\\" + c;
    }
  }
}
