package org.dossier.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.ingest.IngestException;
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

class FeedArticleReaderTest {

  private static FeedArticleReader reader;

  @BeforeAll
  static void create() {
    DatelineParser datelines = new DatelineParser(KnowledgeBase.builtIn());
    reader = new FeedArticleReader(new FeedParser(), HtmlArticleReader.create(datelines),
        new MachineDateParser(new VisibleDateParser()),
        new ArticleFinisher(datelines, new LanguageGuesser()));
  }

  private static ReadOutcome.Read read(String name, String xml) {
    return reader.read(name, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Example News</title><language>en-gb</language>
        <item>
          <title>Ministers meet in Muscat</title>
          <link>https://example.com/muscat</link>
          <pubDate>Mon, 03 Mar 2025 09:30:00 GMT</pubDate>
          <dc:creator>Jane Doe</dc:creator>
          <category>Middle East</category>
          <description>Short teaser.</description>
          <content:encoded><![CDATA[<p>MUSCAT (Reuters) - Ministers met in Muscat on Monday.</p>
            <figure><img src="a.jpg"><figcaption>Delegates arrive.</figcaption></figure>
            <p>The talks will resume next week, officials said.</p>]]></content:encoded>
        </item>
        <item>
          <title>Only a summary</title>
          <description>&lt;p&gt;The summary is all this item has to say about the talks.&lt;/p&gt;</description>
        </item>
        <item><title>Nothing at all</title><link>https://example.com/empty</link></item>
      </channel></rss>
      """;

  @Test
  void readsFullContentWhenTheItemHasIt() {
    Article a = read("news.rss", RSS).articles().get(0);
    assertThat(a.source()).isEqualTo("https://example.com/muscat");
    assertThat(a.text()).isEqualTo("MUSCAT (Reuters) - Ministers met in Muscat on Monday.\n\n"
        + "The talks will resume next week, officials said.");
    assertThat(a.captions()).containsExactly("Delegates arrive.");
    assertThat(a.title()).contains("Ministers meet in Muscat");
    assertThat(a.published()).contains(LocalDate.of(2025, 3, 3));
    assertThat(a.byline()).contains("Jane Doe");
    assertThat(a.section()).contains("Middle East");
    assertThat(a.siteName()).contains("Example News");
    assertThat(a.language()).contains("en");
    assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.place()).contains("Muscat"));
  }

  @Test
  void fallsBackToTheSummaryAndNamesItemsWithoutLinkByPosition() {
    ReadOutcome.Read read = read("news.rss", RSS);
    assertThat(read.articles()).extracting(Article::source)
        .containsExactly("https://example.com/muscat", "news.rss#2");
    assertThat(read.articles().get(1).text())
        .isEqualTo("The summary is all this item has to say about the talks.");
    assertThat(read.warnings()).containsExactly("item 3 (https://example.com/empty) has no text");
  }

  @Test
  void readsAtomEntriesWithHtmlAndXhtmlContent() {
    String atom = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
          <title>Le Journal</title>
          <entry><title>Premier</title><link rel="alternate" href="https://example.fr/1"/>
            <published>2025-03-03T10:00:00+01:00</published><author><name>Marie Curie</name></author>
            <summary>Résumé</summary>
            <content type="html">&lt;p&gt;Le texte complet de l'article.&lt;/p&gt;</content></entry>
          <entry><title>Second</title><link href="https://example.fr/2"/>
            <updated>2025-03-04T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Un paragraphe.</p><p>Et un autre.</p></div></content></entry>
        </feed>
        """;
    ReadOutcome.Read read = read("journal.atom", atom);
    assertThat(read.articles()).extracting(Article::text)
        .containsExactly("Le texte complet de l'article.", "Un paragraphe.\n\nEt un autre.");
    assertThat(read.articles().get(0).byline()).contains("Marie Curie");
    assertThat(read.articles().get(1).published()).contains(LocalDate.of(2025, 3, 4));
    assertThat(read.articles().get(0).language()).contains("fr");
  }

  @Test
  void rejectsAFeedThatIsNotXml() {
    assertThatThrownBy(() -> read("news.rss", "this is not XML at all"))
        .isInstanceOf(IngestException.class)
        .hasMessage("not a well-formed XML feed (line 1, column 1): Content is not allowed in prolog.");
  }

  @Test
  void rejectsXmlThatIsNotAFeed() {
    assertThatThrownBy(() -> read("news.xml", "<html><body/></html>"))
        .isInstanceOf(IngestException.class)
        .hasMessage("XML but not an RSS or Atom feed: the root element is <html>");
  }

  @Test
  void neverResolvesExternalEntities() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><item><title>t</title>
        <description>&xxe;</description></item></channel></rss>
        """;
    assertThatThrownBy(() -> read("evil.rss", xxe))
        .isInstanceOf(IngestException.class)
        .hasMessage("not a well-formed XML feed (line 4, column 19): "
            + "The entity \"xxe\" was referenced, but not declared.");
  }

  @Test
  void doesNotExpandEntityBombs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String bomb = dtd + "]><rss><channel><item><description>&lol9;</description></item>"
        + "</channel></rss>";
    assertThatThrownBy(() -> read("bomb.rss", bomb))
        .isInstanceOf(IngestException.class)
        .hasMessage("not a well-formed XML feed (line 1, column 771): "
            + "The entity \"lol9\" was referenced, but not declared.");
  }

  @Test
  void nulsInTheDoctypeFailWithAClearMessage() {
    String nul = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaa\">\u0000\u0000"
        + "<!ENTITY b \"&a;\">]><rss><channel><item><description>&b;</description></item>"
        + "</channel></rss>";
    assertThatThrownBy(() -> read("nul.rss", nul))
        .isInstanceOf(IngestException.class)
        .hasMessage("binary file (contains NUL bytes), not a news article");
  }

  @Test
  void dropsTheControlCharactersXmlAllows() {
    ReadOutcome.Read read = read("del.rss", "<rss><channel><title>Wire\u007F</title><item>"
        + "<title>One\u007F\u0085 two</title><author>Jane\u009F Doe</author><category>World"
        + "\u0080</category><description>Officials\u007F said the talks would resume."
        + "</description></item></channel></rss>");
    Article a = read.articles().get(0);
    assertThat(a.title()).contains("One two");
    assertThat(a.byline()).contains("Jane Doe");
    assertThat(a.section()).contains("World");
    assertThat(a.siteName()).contains("Wire");
    assertThat(a.text()).isEqualTo("Officials said the talks would resume.");
  }
}
