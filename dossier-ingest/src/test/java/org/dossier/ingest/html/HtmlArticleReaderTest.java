package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

  private static HtmlArticleReader reader;

  @BeforeAll
  static void create() {
    reader = HtmlArticleReader.create(new DatelineParser(KnowledgeBase.builtIn()));
  }

  static final String STORY = """
      <!DOCTYPE html><html lang="en-US"><head>
      <title>Oman hosts second round of talks | Example News</title>
      <meta property="og:site_name" content="Example News">
      <meta property="article:section" content="Middle East">
      <meta property="article:modified_time" content="2025-03-04T08:00:00Z">
      <link rel="canonical" href="https://example.com/2025/03/03/oman-talks">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Oman hosts second round of talks","datePublished":"2025-03-03T09:30:00+04:00",
        "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>
      </head><body>
      <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
      <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
      <main><article>
        <h1>Oman hosts second round of talks</h1>
        <p class="byline">By Jane Doe and John Roe</p>
        <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <figure><img src="muscat.jpg" alt=""><figcaption>Delegations arrive in Muscat.</figcaption></figure>
        <div class="article-body">
          <p>MUSCAT (Reuters) - Iranian and US negotiators met in Muscat on Monday for a second
          round of indirect talks, officials from both sides said.</p>
          <p>The meeting, hosted by Oman's foreign minister, lasted about three hours, according
          to a statement released after the session.</p>
          <h2>What comes next</h2>
          <p>Both delegations said they would return to their capitals for consultations, and a
          third round could take place within weeks.</p>
          <ul><li>Sanctions relief was discussed.</li><li>Prisoner exchanges were not.</li></ul>
          <aside class="related"><h3>Related stories</h3><a href="/x">Earlier talks stalled</a></aside>
          <p>Diplomats cautioned that any agreement remained distant, but called the tone
          constructive and said the channel would stay open.</p>
        </div>
        <div class="newsletter-signup"><p>Sign up for our newsletter to get the latest news in your inbox.</p></div>
      </article></main>
      <section id="comments"><h3>Comments</h3><p>This is a long reader comment that should never be
      part of the article text, however long and well punctuated it is.</p></section>
      <footer>© 2025 Example News. All rights reserved.</footer>
      </body></html>
      """;

  @Test
  void keepsTheStoryInParagraphsAndDropsPageFurniture() {
    Article a = reader.read("story.html", STORY, Optional.empty());
    assertThat(a.text()).isEqualTo("""
        MUSCAT (Reuters) - Iranian and US negotiators met in Muscat on Monday for a second round \
        of indirect talks, officials from both sides said.

        The meeting, hosted by Oman's foreign minister, lasted about three hours, according to a \
        statement released after the session.

        What comes next

        Both delegations said they would return to their capitals for consultations, and a third \
        round could take place within weeks.

        Sanctions relief was discussed.

        Prisoner exchanges were not.

        Diplomats cautioned that any agreement remained distant, but called the tone constructive \
        and said the channel would stay open.""");
    assertThat(a.captions()).containsExactly("Delegations arrive in Muscat.");
  }

  @Test
  void readsTheMetadataOfThePage() {
    Article a = reader.read("story.html", STORY, Optional.empty());
    assertThat(a.title()).contains("Oman hosts second round of talks");
    assertThat(a.published()).contains(LocalDate.of(2025, 3, 3));
    assertThat(a.modified()).contains(LocalDate.of(2025, 3, 4));
    assertThat(a.byline()).contains("Jane Doe, John Roe");
    assertThat(a.section()).contains("Middle East");
    assertThat(a.siteName()).contains("Example News");
    assertThat(a.url()).contains("https://example.com/2025/03/03/oman-talks");
    assertThat(a.language()).contains("en");
    assertThat(a.readingTimeMinutes()).contains(1);
    assertThat(a.dateline()).hasValueSatisfying(d -> {
      assertThat(d.place()).contains("Muscat");
      assertThat(d.countryCode()).contains("OM");
    });
  }

  @Test
  void findsTheDateInTheUrlWhenThePageStatesNone() {
    String page = "<html><head><title>A story</title></head><body><article><p>"
        + "Text of a story long enough to count as the article body of this page.</p>"
        + "</article></body></html>";
    Article a = reader.read("p.html", page, Optional.of("https://example.com/2019/11/19/story"));
    assertThat(a.published()).contains(LocalDate.of(2019, 11, 19));
  }

  @Test
  void decodesWindows1252DeclaredInAMetaTag() {
    Charset cp1252 = Charset.forName("windows-1252");
    String page = "<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head><body>"
        + "<p>Les cafés de Zürich ont dit « assez » — et ils l’ont dit fort, lundi matin.</p>"
        + "</body></html>";
    HtmlRead read = reader.read("cafe.html", page.getBytes(cp1252), Optional.empty(),
        Optional.empty());
    assertThat(read.article().text())
        .isEqualTo("Les cafés de Zürich ont dit « assez » — et ils l’ont dit fort, lundi matin.");
  }

  @Test
  void prefersValidUtf8OverAWrongLatin1Declaration() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        + "charset=ISO-8859-1\"></head><body><p>Señora Müller said “no” to the plan today.</p>"
        + "</body></html>";
    HtmlRead read = reader.read("p.html", page.getBytes(StandardCharsets.UTF_8),
        Optional.empty(), Optional.empty());
    assertThat(read.article().text()).isEqualTo("Señora Müller said “no” to the plan today.");
  }

  @Test
  void letsAByteOrderMarkWinOverEveryDeclaration() {
    String page = "<html><head><meta charset=\"windows-1252\"></head><body>"
        + "<p>Der Bürgermeister von Köln sagte „nein“ zu dem Plan.</p></body></html>";
    byte[] text = page.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    HtmlRead read = reader.read("p.html", bytes, Optional.of(Charset.forName("windows-1252")),
        Optional.empty());
    assertThat(read.article().text())
        .isEqualTo("Der Bürgermeister von Köln sagte „nein“ zu dem Plan.");
  }

  @Test
  void repairsTextThatWasDecodedTwice() {
    String page = "<html><body><p>The minister said itâ€™s time to act, and cafÃ© owners "
        + "agreed.</p></body></html>";
    HtmlRead read = reader.read("p.html", page.getBytes(StandardCharsets.UTF_8),
        Optional.empty(), Optional.empty());
    assertThat(read.article().text())
        .isEqualTo("The minister said it’s time to act, and café owners agreed.");
  }

  @Test
  void readsMalformedHtml() {
    String page = "<html><body><div><p>An unclosed paragraph that still reads as text, "
        + "with a <b>bold <i>mis-nested</b> phrase</i> and a stray </span> tag.<p>Another one"
        + " follows it without closing anything at all<table><td>cell";
    Article a = reader.read("broken.html", page, Optional.empty());
    assertThat(a.text()).startsWith("An unclosed paragraph that still reads as text, with a bold"
        + " mis-nested phrase and a stray tag.\n\nAnother one follows it");
  }

  @Test
  void readsAPageNested100000LevelsDeepWithoutOverflowingTheStack() {
    String page = "<html><body>" + "<div>".repeat(100_000)
        + "<p>Deep inside the nesting there is still a story worth reading, told in full.</p>"
        + "</div>".repeat(100_000) + "</body></html>";
    Article a = reader.read("deep.html", page, Optional.empty());
    assertThat(a.text())
        .isEqualTo("Deep inside the nesting there is still a story worth reading, told in full.");
  }

  @Test
  void readsA50MegabytePage() {
    StringBuilder page = new StringBuilder(51 * 1024 * 1024).append("<html><body><article>");
    for (int i = 0; page.length() < 50 * 1024 * 1024; i++) {
      page.append("<p>Paragraph ").append(i).append(" of a very long page, with commas, words"
          + " and more words so that it scores as article text in the selection stage.</p>\n");
    }
    page.append("</article></body></html>");
    Article a = reader.read("huge.html", page.toString(), Optional.empty());
    assertThat(a.text()).startsWith("Paragraph 0 of a very long page");
    assertThat(a.readingTimeMinutes()).hasValueSatisfying(m -> assertThat(m).isGreaterThan(1000));
  }

  @Test
  void failsWhenThePageHoldsNoText() {
    assertThatThrownBy(() -> reader.read("empty.html",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", Optional.empty()))
        .isInstanceOf(IngestException.class)
        .hasMessage("no article text found in the HTML page");
  }
}
