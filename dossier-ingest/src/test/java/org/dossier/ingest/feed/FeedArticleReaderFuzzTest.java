package org.dossier.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.dossier.ingest.IngestException;
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

/** Any bytes served as a feed give articles or an {@link IngestException}, nothing else. */
class FeedArticleReaderFuzzTest {

  private static final FeedArticleReader READER = reader();

  private static FeedArticleReader reader() {
    DatelineParser datelines = new DatelineParser(KnowledgeBase.builtIn());
    return new FeedArticleReader(new FeedParser(), HtmlArticleReader.create(datelines),
        new MachineDateParser(new VisibleDateParser()),
        new ArticleFinisher(datelines, new LanguageGuesser()));
  }

  @FuzzTest
  void anyBytesGiveArticlesOrAClearError(byte[] feed) {
    ReadOutcome.Read read;
    try {
      read = READER.read("fuzz.rss", new ByteArrayInputStream(feed));
    } catch (IngestException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    for (Article article : read.articles()) {
      assertThat(article.text()).isNotBlank();
      CleanArticle.assertClean(article);
    }
  }
}
