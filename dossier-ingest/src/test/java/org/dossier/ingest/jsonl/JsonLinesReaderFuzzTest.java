package org.dossier.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.date.MachineDateParser;
import org.dossier.ingest.date.VisibleDateParser;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.html.ArticleFinisher;
import org.dossier.ingest.html.CleanArticle;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.ingest.text.LanguageGuesser;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;

/** Any bytes read as JSON Lines give the readable lines' articles and a warning per bad line. */
class JsonLinesReaderFuzzTest {

  private static final JsonLinesReader READER = reader();

  private static JsonLinesReader reader() {
    DatelineParser datelines = new DatelineParser(KnowledgeBase.builtIn());
    return new JsonLinesReader(HtmlArticleReader.create(datelines),
        new MachineDateParser(new VisibleDateParser()),
        new ArticleFinisher(datelines, new LanguageGuesser()));
  }

  @FuzzTest
  void anyBytesGiveTheReadableLinesAndAWarningPerBadLine(byte[] lines) throws IOException {
    ReadOutcome.Read read = READER.read("fuzz.jsonl", new ByteArrayInputStream(lines));
    for (Article article : read.articles()) {
      assertThat(article.text()).isNotBlank();
      CleanArticle.assertClean(article);
    }
    assertThat(read.warnings()).allSatisfy(w -> assertThat(w).isNotBlank());
  }
}
