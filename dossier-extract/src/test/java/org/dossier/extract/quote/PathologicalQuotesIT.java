package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.extract.SharedModels;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The whole analysis on text no newsroom writes: thousands of quotation marks, quotes that never
 * close. It must finish with quotes that are spans of the text, and never fail.
 */
class PathologicalQuotesIT {

  private static AnalyzedArticle analyze(String text) {
    return SharedModels.analysis().analyze(Article.builder("pathological-quotes-it", text)
        .published(LocalDate.of(2026, 2, 11)).build());
  }

  private static void assertQuotesAreSpansOf(AnalyzedArticle analyzed) {
    String text = analyzed.article().text();
    for (Quote quote : analyzed.quotes()) {
      assertThat(quote.start()).isBetween(0, text.length());
      assertThat(quote.end()).isBetween(quote.start(), text.length());
    }
  }

  @Test
  void fiveThousandQuotationMarksAreAnalyzed() {
    String text = "\"Yes,\" the minister said. ".repeat(2500);
    AnalyzedArticle analyzed = analyze(text);
    assertQuotesAreSpansOf(analyzed);
    assertThat(analyzed.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Yes");
      assertThat(q.occurrences()).isEqualTo(2500);
    });
  }

  @Test
  void aThousandQuotesThatNeverCloseGiveNoDirectQuote() {
    String text = "“Talks go on, he said. ".repeat(1000);
    AnalyzedArticle analyzed = analyze(text);
    assertQuotesAreSpansOf(analyzed);
    assertThat(analyzed.quotes()).noneSatisfy(q -> assertThat(q.text()).startsWith("“"));
  }

  @Test
  void aWallOfQuotationMarksIsAnalyzed() {
    String text = "The minister said " + "\"".repeat(2000) + " and left.\n\n"
        + "“".repeat(2000) + "\n\nOfficials said the talks would resume.";
    assertQuotesAreSpansOf(analyze(text));
  }
}
