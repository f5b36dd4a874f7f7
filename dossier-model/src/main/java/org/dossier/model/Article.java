package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One news article as read from its source: the clean body text and what the page said about it.
 * The {@link #id()} is the SHA-256 of the clean text, so the same story read twice has one id.
 * Build one with {@link #builder(String, String)}.
 */
public record Article(
    String id,
    String source,
    Optional<String> url,
    Optional<String> title,
    Optional<LocalDate> published,
    Optional<LocalDate> modified,
    Optional<String> section,
    Optional<String> siteName,
    Optional<String> byline,
    Optional<Integer> readingTimeMinutes,
    Optional<Dateline> dateline,
    List<String> captions,
    Optional<String> language,
    String text) {

  public Article {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(url, "url");
    requireNonNull(title, "title");
    requireNonNull(published, "published");
    requireNonNull(modified, "modified");
    requireNonNull(section, "section");
    requireNonNull(siteName, "siteName");
    requireNonNull(byline, "byline");
    requireNonNull(readingTimeMinutes, "readingTimeMinutes");
    requireNonNull(dateline, "dateline");
    captions = List.copyOf(captions);
    requireNonNull(language, "language");
    requireNonNull(text, "text");
  }

  /** Starts an article read from {@code source} with the given clean body text. */
  public static ArticleBuilder builder(String source, String text) {
    return new ArticleBuilder(source, text);
  }

  /** A builder that starts from this article, to change a field or two. */
  public ArticleBuilder toBuilder() {
    return new ArticleBuilder(this);
  }

  /** The hex SHA-256 of {@code text} in UTF-8: the article's identity. */
  public static String contentId(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
