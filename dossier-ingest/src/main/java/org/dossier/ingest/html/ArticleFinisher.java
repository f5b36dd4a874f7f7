package org.dossier.ingest.html;

import java.util.List;
import java.util.Optional;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.dateline.ParsedDateline;
import org.dossier.ingest.text.LanguageGuesser;
import org.dossier.model.ArticleBuilder;

/**
 * Fills in what is read off an article's text rather than its page: the dateline in the first
 * paragraphs, the language when nothing declared it, and the reading time when nothing stated it
 * (words / 230, rounded up). Shared by the HTML, feed and JSON Lines readers. Thread-safe.
 */
public final class ArticleFinisher {

  private static final int WORDS_PER_MINUTE = 230;
  private static final int DATELINE_SEARCH = 3;
  private static final int LANGUAGE_SAMPLE = 20_000;
  private static final int MIN_WORDS_TO_OVERRULE = 100;

  private final DatelineParser datelines;
  private final LanguageGuesser languages;

  public ArticleFinisher(DatelineParser datelines, LanguageGuesser languages) {
    this.datelines = datelines;
    this.languages = languages;
  }

  /** Completes {@code article}, whose text is {@code paragraphs} joined by blank lines. */
  public ArticleBuilder finish(ArticleBuilder article, List<String> paragraphs,
      Optional<String> language, Optional<Integer> readingTime) {
    String text = String.join("\n\n", paragraphs);
    article.readingTimeMinutes(readingTime.orElse(readingTime(text)))
        .language(language(language, sample(text)).orElse(null));
    paragraphs.stream().limit(DATELINE_SEARCH).map(datelines::parse).flatMap(Optional::stream)
        .findFirst().map(ParsedDateline::dateline).ifPresent(article::dateline);
    return article;
  }

  // Site templates often declare "en" whatever the page's language, so a long text's own words
  // outvote that one tag; other declarations are deliberate and win over a guess.
  private Optional<String> language(Optional<String> declared, String sample) {
    Optional<String> guessed = languages.guess(sample);
    if (declared.isEmpty() || declared.get().equals("en") && guessed.isPresent()
        && words(sample) >= MIN_WORDS_TO_OVERRULE) {
      return guessed.or(() -> declared);
    }
    return declared;
  }

  static int readingTime(String text) {
    return Math.max(1, (words(text) + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  private static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words;
  }

  // The language shows in the first pages of text; a 50 MB page need not be read whole for it.
  private static String sample(String text) {
    return text.length() <= LANGUAGE_SAMPLE ? text : text.substring(0, LANGUAGE_SAMPLE);
  }
}
