package org.dossier.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes photo captions saved with a page's text — "Image of …" blocks (an image's alt text
 * followed by its caption), "Photo: …" lines, captions ending in a photo credit — and returns the
 * caption without the alt-text prefix.
 */
public final class CaptionDetector {

  private static final Pattern IMAGE_PREFIX =
      Pattern.compile("^(?:Image|Photo|Picture|Graphic|Video) of\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL_PREFIX =
      Pattern.compile("^(?:Photo|Image|Picture|Caption|File photo)\\s*[:|]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_SUFFIX = Pattern.compile(
      "(?:\\(?\\b(?:Photo|Image|Picture|Credit|Photograph)s?(?:\\s*[:/]|\\s+by\\b)\\s*[^.()]{2,60}\\)?"
          + "|/\\s*(?:AFP|Reuters|AP|Getty Images|EPA|Anadolu)[^.]{0,30})\\.?$");
  private static final int MAX_WORDS = 80;

  /**
   * The caption in {@code paragraph}, if it is one. {@code title} is the page headline: an
   * "Image of" block usually repeats it as alt text before the caption proper.
   */
  public Optional<String> caption(String paragraph, Optional<String> title) {
    if (words(paragraph) > MAX_WORDS) {
      return Optional.empty();
    }
    Matcher image = IMAGE_PREFIX.matcher(paragraph);
    if (image.find()) {
      String rest = paragraph.substring(image.end());
      if (title.isPresent() && rest.startsWith(title.get())) {
        rest = rest.substring(title.get().length()).strip();
      }
      return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }
    Matcher label = LABEL_PREFIX.matcher(paragraph);
    if (label.find() && paragraph.length() > label.end()) {
      return Optional.of(paragraph.substring(label.end()).strip());
    }
    if (CREDIT_SUFFIX.matcher(paragraph).find() && !paragraph.contains("\"")
        && !paragraph.contains("“")) {
      return Optional.of(paragraph);
    }
    return Optional.empty();
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
