package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dossier.model.Article;

/**
 * What every article read from hostile input must still be: text and fields free of control
 * characters and NULs (tab and newline aside), and a publication date a news story can have.
 */
public final class CleanArticle {

  private CleanArticle() {
  }

  public static void assertClean(Article article) {
    assertNoControlCharacters("text", Optional.of(article.text()));
    assertNoControlCharacters("title", article.title());
    assertNoControlCharacters("byline", article.byline());
    assertNoControlCharacters("section", article.section());
    assertNoControlCharacters("site name", article.siteName());
    article.captions().forEach(c -> assertNoControlCharacters("caption", Optional.of(c)));
    article.published().ifPresent(d -> assertThat(d.getYear()).as("published year")
        .isBetween(1900, 2200));
    article.modified().ifPresent(d -> assertThat(d.getYear()).as("modified year")
        .isBetween(1900, 2200));
  }

  private static void assertNoControlCharacters(String field, Optional<String> value) {
    value.ifPresent(v -> assertThat(v.chars().filter(CleanArticle::isControl).findFirst())
        .as("control character in the %s", field).isEmpty());
  }

  private static boolean isControl(int c) {
    return c != '\n' && c != '\t' && (c < 0x20 || c >= 0x7F && c <= 0x9F);
  }
}
