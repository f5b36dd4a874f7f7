package org.dossier.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.date.MachineDateParser;
import org.dossier.ingest.date.VisibleDateParser;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.html.ArticleFinisher;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.ingest.text.LanguageGuesser;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private static JsonLinesReader reader;

  @BeforeAll
  static void create() {
    DatelineParser datelines = new DatelineParser(KnowledgeBase.builtIn());
    reader = new JsonLinesReader(HtmlArticleReader.create(datelines),
        new MachineDateParser(new VisibleDateParser()),
        new ArticleFinisher(datelines, new LanguageGuesser()));
  }

  private static ReadOutcome.Read read(String jsonl) {
    try {
      return reader.read("export.jsonl",
          new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void readsTextAndHtmlRecordsWithTheirMetadata() {
    ReadOutcome.Read read = read("""
        {"url": "https://example.com/a", "title": "Talks resume", "published": "2025-03-03T09:00:00Z", "text": "First paragraph of the story.\\n\\nSecond paragraph of the story."}
        {"title": "From HTML", "html": "<html><body><nav>Home</nav><article><p>The body of the article is here and it is long enough.</p></article></body></html>"}
        """);
    assertThat(read.articles()).extracting(Article::source)
        .containsExactly("https://example.com/a", "export.jsonl#2");
    Article a = read.articles().get(0);
    assertThat(a.text()).isEqualTo("First paragraph of the story.\n\nSecond paragraph of the story.");
    assertThat(a.title()).contains("Talks resume");
    assertThat(a.url()).contains("https://example.com/a");
    assertThat(a.published()).contains(LocalDate.of(2025, 3, 3));
    assertThat(read.articles().get(1).text())
        .isEqualTo("The body of the article is here and it is long enough.");
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void warnsAboutALineThatIsNotJsonAndKeepsGoing() {
    ReadOutcome.Read read = read("""
        {"url": "https://example.com/a", "text": "One."}
        this line is not JSON
        {"url": "https://example.com/c", "text": "Three."}
        {"url": "https://example.com/d"}
        """);
    assertThat(read.articles()).extracting(Article::source)
        .containsExactly("https://example.com/a", "https://example.com/c");
    assertThat(read.warnings()).hasSize(2);
    assertThat(read.warnings().get(0)).startsWith("line 2 is not JSON: ");
    assertThat(read.warnings().get(1))
        .isEqualTo("line 4: has neither \"text\" nor \"html\"");
  }
}
