package org.dossier.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

class WarcArticleReaderTest {

  private static final WarcArticleReader reader = new WarcArticleReader(
      HtmlArticleReader.create(new DatelineParser(KnowledgeBase.builtIn())), 1024 * 1024);

  static String page(String title, String body) {
    return "<html><head><title>" + title + " | Example News</title></head><body><nav>Home"
        + " World</nav><article><h1>" + title + "</h1><p>" + body + "</p><p>" + body
        + " Officials said the talks would resume next week, after both sides had met.</p>"
        + "</article><footer>© 2019 Example</footer></body></html>";
  }

  @Test
  void readsEachHtmlResponseAsAnArticleNamedByItsUrl() throws IOException {
    WarcFixtures warc = new WarcFixtures(false)
        .response("https://example.com/a", "text/html; charset=utf-8",
            page("Ministers meet in Muscat", "The ministers met on Monday in the Omani capital."),
            StandardCharsets.UTF_8)
        .response("https://example.com/b", "text/html", page("Second story here",
            "A second story about the talks in Geneva and their outcome."), StandardCharsets.UTF_8);
    ReadOutcome.Read read = reader.read(Source.of("crawl.warc", warc.bytes()));
    assertThat(read.articles()).extracting(Article::source)
        .containsExactly("https://example.com/a", "https://example.com/b");
    assertThat(read.articles().get(0).title()).contains("Ministers meet in Muscat");
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void decodesWithTheCharsetOfTheHttpHeader() throws IOException {
    Charset latin = Charset.forName("windows-1252");
    WarcFixtures warc = new WarcFixtures(true).response("https://example.com/café",
        "text/html; charset=windows-1252",
        page("Café owners protest in Zürich", "Café owners in Zürich said “enough” on Monday."),
        latin);
    ReadOutcome.Read read = reader.read(Source.of("crawl.warc.gz", warc.bytes()));
    assertThat(read.articles().get(0).text()).contains("Café owners in Zürich said “enough”");
  }

  @Test
  void skipsACorruptRecordWithAWarningNamingItsOffsetAndKeepsGoing() throws IOException {
    WarcFixtures warc = new WarcFixtures(false).response("https://example.com/a", "text/html",
        page("First story of the crawl", "The first story is about the ministers in Muscat."),
        StandardCharsets.UTF_8);
    int corruptAt = warc.size();
    warc.corrupt("https://example.com/broken").response("https://example.com/c", "text/html",
        page("Third story of the crawl", "The third story is about the talks in Geneva."),
        StandardCharsets.UTF_8);
    ReadOutcome.Read read = reader.read(Source.of("crawl.warc", warc.bytes()));
    assertThat(read.articles()).extracting(Article::source)
        .containsExactly("https://example.com/a", "https://example.com/c");
    assertThat(read.warnings()).hasSize(1);
    assertThat(read.warnings().get(0)).startsWith(
        "skipped a corrupt WARC record at offset " + corruptAt + ": ");
  }

  @Test
  void skipsARecordWithAHeaderGivenTwice() throws IOException {
    WarcFixtures warc = new WarcFixtures(false).response("https://example.com/a", "text/html",
        page("First story of the crawl", "The first story is about the ministers in Muscat."),
        StandardCharsets.UTF_8);
    int twiceAt = warc.size();
    byte[] doubled = new WarcFixtures(false).response("https://example.com/b", "text/html",
        page("Second story of the crawl", "The second story is about the envoy in Geneva."),
        StandardCharsets.UTF_8).bytes();
    String record = new String(doubled, StandardCharsets.ISO_8859_1)
        .replaceFirst("WARC-Type: response\r\n", "WARC-Type: response\r\nWARC-Type: request\r\n");
    byte[] all = new byte[twiceAt + record.length()];
    System.arraycopy(warc.bytes(), 0, all, 0, twiceAt);
    System.arraycopy(record.getBytes(StandardCharsets.ISO_8859_1), 0, all, twiceAt,
        record.length());
    ReadOutcome.Read read = reader.read(Source.of("crawl.warc", all));
    assertThat(read.articles()).extracting(Article::source)
        .containsExactly("https://example.com/a");
    assertThat(read.warnings()).containsExactly("skipped a corrupt WARC record at offset "
        + twiceAt + ": malformed header: record has 2 WARC-Type headers");
  }
}
