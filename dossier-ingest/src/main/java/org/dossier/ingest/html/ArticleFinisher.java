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
        .language(language.or(() -> languages.guess(text)).orElse(null));
    paragraphs.stream().limit(DATELINE_SEARCH).map(datelines::parse).flatMap(Optional::stream)
        .findFirst().map(ParsedDateline::dateline).ifPresent(article::dateline);
    return article;
  }

  static int readingTime(String text) {
    int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
    return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }
}
