package org.dossier.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells what format an input is in from its first bytes (already decompressed) and its file name:
 * unmistakable content wins (a WARC header, a feed's root element, an HTML document), then the
 * extension ({@code .html}, {@code .rss}, {@code .warc}, {@code .jsonl} … with any {@code .gz}
 * dropped), then weaker content signs; plain text is what is left. Thread-safe.
 */
public final class FormatDetector {

  /** How many leading bytes {@link #detect} looks at. */
  public static final int SNIFF_BYTES = 4096;

  private static final Pattern FEED_ROOT = Pattern.compile(
      "(?is)^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*|<\\?[^>]*>\\s*|<!DOCTYPE[^>]*>\\s*)*"
          + "<(?:rss|feed|rdf:RDF)\\b");
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!DOCTYPE\\s+html|<html|<head|<body)\\b");
  private static final Pattern HTML_ANYWHERE = Pattern.compile(
      "(?i)<(?:html|head|body|div|p|article|meta|title)\\b[^>]*>");

  /** The format of an input named {@code fileName} whose content starts with {@code head}. */
  public InputFormat detect(String fileName, byte[] head) {
    String start = leadingText(head);
    if (start.startsWith("WARC/")) {
      return InputFormat.WARC;
    }
    if (FEED_ROOT.matcher(start).find()) {
      return InputFormat.FEED;
    }
    if (HTML_START.matcher(start).find()) {
      return InputFormat.HTML;
    }
    return byExtension(fileName).orElseGet(() -> byWeakSigns(start));
  }

  /** The format a file name's extension names, {@code .gz} dropped. */
  public static Optional<InputFormat> byExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    } else if (name.endsWith(".tgz")) {
      return Optional.empty();
    }
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return Optional.ofNullable(switch (ext) {
      case "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp" -> InputFormat.HTML;
      case "rss", "atom", "rdf", "xml" -> InputFormat.FEED;
      case "warc", "arc" -> InputFormat.WARC;
      case "jsonl", "ndjson", "json" -> InputFormat.JSONL;
      case "txt", "text" -> InputFormat.TEXT;
      default -> null;
    });
  }

  private static InputFormat byWeakSigns(String start) {
    if (start.startsWith("{")) {
      return InputFormat.JSONL;
    }
    if (start.startsWith("<") && HTML_ANYWHERE.matcher(start).find()) {
      return InputFormat.HTML;
    }
    return InputFormat.TEXT;
  }

  // The head as text, byte-order mark and leading whitespace dropped; UTF-16 read as such.
  static String leadingText(byte[] head) {
    int n = Math.min(head.length, SNIFF_BYTES);
    String text;
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      text = new String(head, 2, n - 2, StandardCharsets.UTF_16LE);
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      text = new String(head, 2, n - 2, StandardCharsets.UTF_16BE);
    } else {
      text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
      if (text.startsWith("\u00EF\u00BB\u00BF")) {
        text = text.substring(3);
      }
    }
    return text.stripLeading();
  }
}
