package org.dossier.ingest.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a charset a document declares about itself: in an HTTP {@code Content-Type} header, an
 * HTML {@code <meta charset>} or {@code http-equiv} tag, or an XML declaration. Labels are mapped
 * as browsers map them (ISO-8859-1 and ASCII mean Windows-1252). Thread-safe.
 */
public final class DeclaredCharset {

  private static final Pattern CONTENT_TYPE =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META = Pattern.compile(
      "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final Pattern XML = Pattern.compile(
      "(?i)^\\s*<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([\\w.:-]+)");
  private static final int SNIFF = 4096;

  private DeclaredCharset() {
  }

  /** The charset an HTTP {@code Content-Type} value names, if any and known. */
  public static Optional<Charset> fromContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = CONTENT_TYPE.matcher(contentType);
    return m.find() ? forLabel(m.group(1)) : Optional.empty();
  }

  /** The charset the first bytes of an HTML or XML document declare, if any and known. */
  public static Optional<Charset> fromMarkup(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher xml = XML.matcher(head);
    if (xml.find()) {
      return forLabel(xml.group(1));
    }
    Matcher meta = META.matcher(head);
    return meta.find() ? forLabel(meta.group(1)) : Optional.empty();
  }

  /** The charset for a label as a browser reads it. */
  public static Optional<Charset> forLabel(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("ascii")
        || l.equals("us-ascii") || l.equals("iso8859-1") || l.equals("l1")) {
      return Optional.of(Charset.forName("windows-1252"));
    }
    if (l.equals("utf8") || l.equals("unicode-1-1-utf-8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Optional.of(Charset.forName(l));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
