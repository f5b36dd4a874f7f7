package org.dossier.ingest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.date.VisibleDateParser;

/**
 * Reads the header of a news page saved as text: an optional section label, the headline, then
 * any mix of date line, reading time, byline and photo captions, up to the first paragraph of the
 * story. Thread-safe.
 */
public final class HeaderReader {

  private static final Pattern READING_TIME =
      Pattern.compile("(?i)\\b(\\d{1,3})\\s*(?:-\\s*)?min(?:ute)?s?\\.?\\s+read\\b");
  private static final Pattern BYLINE =
      Pattern.compile("^(?:By|Written by|Words by)\\s+(\\p{Lu}[\\p{L}.'’ -]+(?:(?:,| and) \\p{Lu}[\\p{L}.'’ -]+)*)$");
  // A story's sentence ends in a period, also inside quotation marks (…said it "cannot be
  // left without consequences."); a headline does not, unless it ends on a short quote
  // (De Blasio says explosion was an 'intentional act.').
  private static final Pattern QUOTED_SENTENCE_END = Pattern.compile("[.:][\"”’']+\\s*$");
  private static final int QUOTE_HEADLINE_WORDS = 12;
  private static final int MAX_HEADER = 12;
  private static final int MAX_HEADLINE_WORDS = 30;

  private final VisibleDateParser dates;
  private final CaptionDetector captions;

  public HeaderReader(VisibleDateParser dates, CaptionDetector captions) {
    this.dates = dates;
    this.captions = captions;
  }

  public PageHeader read(List<String> paragraphs) {
    String section = null;
    String title = null;
    LocalDate published = null;
    Integer readingTime = null;
    String byline = null;
    List<String> found = new ArrayList<>();
    int i = 0;
    for (; i < Math.min(paragraphs.size(), MAX_HEADER); i++) {
      String p = paragraphs.get(i);
      Optional<Integer> minutes = readingTime(p);
      Optional<String> caption = captions.caption(p, Optional.ofNullable(title));
      if (minutes.isPresent() || dates.isDateLine(p)) {
        readingTime = minutes.orElse(readingTime);
        published = published != null ? published : dates.parse(p).orElse(null);
      } else if (byline(p).isPresent()) {
        byline = byline(p).get();
      } else if (caption.isPresent()) {
        found.add(caption.get());
      } else if (title == null && section == null && isSectionLabel(p)
          && i + 1 < paragraphs.size() && isHeadline(paragraphs.get(i + 1))) {
        section = p;
      } else if (title == null && isHeadline(p)) {
        title = p;
      } else {
        break;
      }
    }
    if (title == null) {
      // No headline: nothing above the story was header material after all.
      return new PageHeader(Optional.empty(), Optional.empty(), Optional.ofNullable(published),
          Optional.ofNullable(readingTime), Optional.ofNullable(byline), found, i);
    }
    return new PageHeader(Optional.ofNullable(section), Optional.of(title),
        Optional.ofNullable(published), Optional.ofNullable(readingTime),
        Optional.ofNullable(byline), found, i);
  }

  /** The reading time a line announces ("3 min read"), in minutes. */
  public static Optional<Integer> readingTime(String line) {
    Matcher m = READING_TIME.matcher(line);
    return m.find() && line.length() < 120 ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  static Optional<String> byline(String line) {
    Matcher m = BYLINE.matcher(line.strip());
    return m.matches() && words(line) <= 12 ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  static boolean isSectionLabel(String p) {
    int words = words(p);
    return words >= 1 && words <= 3 && p.length() <= 30 && Character.isUpperCase(p.charAt(0))
        && p.chars().noneMatch(Character::isDigit) && !p.matches(".*[.!?:,;\"“”]$");
  }

  static boolean isHeadline(String p) {
    int words = words(p);
    boolean sentence = p.endsWith(".") || p.endsWith(":")
        || words > QUOTE_HEADLINE_WORDS && QUOTED_SENTENCE_END.matcher(p).find();
    return words >= 3 && words <= MAX_HEADLINE_WORDS && !sentence
        && (Character.isLetterOrDigit(p.codePointAt(0)) || "‘'\"“".indexOf(p.charAt(0)) >= 0);
  }

  static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
