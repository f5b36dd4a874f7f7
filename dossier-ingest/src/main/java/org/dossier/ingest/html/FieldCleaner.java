package org.dossier.ingest.html;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies metadata values that sites fill carelessly: a byline that runs on into a Twitter handle,
 * a date or "2 min read"; a section that is an e-mail address, a domain, a date or a keyword list.
 * Thread-safe.
 */
final class FieldCleaner {

  private static final Pattern BYLINE_PREFIX =
      Pattern.compile("(?i)^(?:by|written by|words by|analysis by|opinion by|von|par|por)\\s+");
  // Where a byline stops being names: a handle, a bullet, a date or time, a call to action.
  private static final Pattern BYLINE_END = Pattern.compile("(?i)\\s+@\\w|\\s*[•|·]\\s*"
      + "|\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b"
      + "|\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\s+\\d{1,2}[:/.]\\d{1,2}"
      + "|\\s+(?:updated|published|posted|print|share)\\b");
  private static final Pattern NOT_A_SECTION = Pattern.compile(
      "@|\\.(?:com|net|org|co|io|de|uk|fr)\\b|\\|");
  private static final Pattern DIGITS = Pattern.compile("\\d{2}");
  private static final int MAX_SECTION = 40;

  private FieldCleaner() {
  }

  /** The names in {@code byline}, or empty when nothing name-like is left. */
  static Optional<String> byline(String byline) {
    String b = BYLINE_PREFIX.matcher(TitleReader.clean(byline)).replaceFirst("");
    Matcher end = BYLINE_END.matcher(b);
    if (end.find()) {
      b = b.substring(0, end.start());
    }
    b = b.replaceAll("[\\s,;:–—-]+$", "").strip();
    return b.isEmpty() || b.startsWith("http") ? Optional.empty() : Optional.of(b);
  }

  /** {@code section} if it reads as a section name; the first of a list of them. */
  static Optional<String> section(String section) {
    String s = TitleReader.clean(section);
    int comma = s.indexOf(',');
    if (comma > 0) {
      s = s.substring(0, comma).strip();
    }
    if (s.isEmpty() || s.length() > MAX_SECTION || NOT_A_SECTION.matcher(s).find()
        || DIGITS.matcher(s).find()) {
      return Optional.empty();
    }
    return Optional.of(s);
  }
}
