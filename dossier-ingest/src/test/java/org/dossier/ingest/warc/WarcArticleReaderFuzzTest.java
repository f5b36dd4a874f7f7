package org.dossier.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.html.CleanArticle;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;

/**
 * Any bytes read as a WARC file give the articles of its readable records and a warning per
 * corrupt one; an unreadable file fails with an {@link IOException}, never anything else.
 */
class WarcArticleReaderFuzzTest {

  private static final WarcArticleReader READER = new WarcArticleReader(
      HtmlArticleReader.create(new DatelineParser(KnowledgeBase.builtIn())), 1024 * 1024);

  @FuzzTest
  void anyBytesGiveTheReadableRecordsAndWarnings(byte[] warc) {
    ReadOutcome.Read read;
    try {
      read = READER.read(Source.of("fuzz.warc", warc));
    } catch (IOException e) {
      return;
    }
    for (Article article : read.articles()) {
      assertThat(article.text()).isNotBlank();
      CleanArticle.assertClean(article);
    }
    assertThat(read.warnings()).allSatisfy(w -> assertThat(w).isNotBlank());
  }
}
