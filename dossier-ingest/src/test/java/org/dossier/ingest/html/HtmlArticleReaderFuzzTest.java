package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;

/**
 * Any bytes served as a web page give an article with clean text or an {@link IngestException};
 * never another exception. Seeds in {@code HtmlArticleReaderFuzzTestInputs/}; a plain test run
 * replays them, {@code JAZZER_FUZZ=1} fuzzes (see README, Robustness).
 */
class HtmlArticleReaderFuzzTest {

  private static final HtmlArticleReader READER =
      HtmlArticleReader.create(new DatelineParser(KnowledgeBase.builtIn()));

  @FuzzTest
  void anyBytesGiveAnArticleOrAClearError(byte[] page) {
    Article article;
    try {
      article = READER.read("fuzz.html", page, Optional.empty(), Optional.empty()).article();
    } catch (IngestException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    assertThat(article.text()).isNotBlank();
    CleanArticle.assertClean(article);
  }
}
