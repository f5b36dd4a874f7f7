package org.dossier.ingest.html;

import java.nio.charset.Charset;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.date.MachineDateParser;
import org.dossier.ingest.date.VisibleDateParser;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.text.DecodedText;
import org.dossier.ingest.text.DeclaredCharset;
import org.dossier.ingest.text.LanguageGuesser;
import org.dossier.ingest.text.TextDecoder;
import org.dossier.model.Article;
import org.dossier.model.ArticleBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page into an {@link Article}: metadata first (from the intact page), then the main
 * text through {@link MainTextExtractor}, then what {@link ArticleFinisher} reads off the text:
 * dateline, language when the page does not declare it, reading time when it does not state it.
 * Thread-safe.
 *
 * <pre>{@code
 * HtmlArticleReader reader = HtmlArticleReader.create(new DatelineParser(KnowledgeBase.builtIn()));
 * Article a = reader.read("page.html", html, Optional.of("https://example.com/story"));
 * }</pre>
 */
public final class HtmlArticleReader {

  private final PageMetadataReader metadata;
  private final MainTextExtractor extractor;
  private final ArticleFinisher finisher;
  private final TextDecoder decoder;

  HtmlArticleReader(PageMetadataReader metadata, MainTextExtractor extractor,
      ArticleFinisher finisher, TextDecoder decoder) {
    this.metadata = metadata;
    this.extractor = extractor;
    this.finisher = finisher;
    this.decoder = decoder;
  }

  /** A reader with the standard stages; {@code datelines} places datelines on the map. */
  public static HtmlArticleReader create(DatelineParser datelines) {
    VisibleDateParser visible = new VisibleDateParser();
    PageMetadataReader metadata = new PageMetadataReader(new JsonLdReader(), new TitleReader(),
        new PageDateReader(new MachineDateParser(visible)));
    MainTextExtractor extractor = new MainTextExtractor(new PageCleaner(), new ContentSelector(),
        new TextCollector(), new BlockFilter(visible));
    return new HtmlArticleReader(metadata, extractor,
        new ArticleFinisher(datelines, new LanguageGuesser()), new TextDecoder());
  }

  /** The text of an HTML fragment that is all article (a feed item's content), with captions. */
  public MainText fragment(String html) {
    return extractor.fragment(Jsoup.parseBodyFragment(html));
  }

  /** Only the main text of {@code html}, paragraphs separated by blank lines. */
  public String mainText(String html) {
    Document page = Jsoup.parse(html);
    PageMetadata meta = metadata.read(page, Optional.empty());
    return extractor.extract(page, meta.title(), meta.jsonLdBody()).text();
  }

  /**
   * Decodes and reads the page in {@code bytes}: a byte-order mark wins, then {@code declared}
   * (an HTTP header's charset), then the page's own {@code <meta charset>}, then detection.
   */
  public HtmlRead read(String source, byte[] bytes, Optional<Charset> declared,
      Optional<String> url) {
    DecodedText text = decoder.decode(source, bytes,
        declared.or(() -> DeclaredCharset.fromMarkup(bytes)));
    return new HtmlRead(read(source, text.text(), url), text.warnings());
  }

  /**
   * Reads the page {@code html} read from {@code source}; {@code url} is the address it was
   * fetched from, if known (a WARC record's target URI, a feed item's link).
   *
   * @throws IngestException when the page holds no article text
   */
  public Article read(String source, String html, Optional<String> url) {
    Document page = Jsoup.parse(html, url.orElse(""));
    PageMetadata meta = metadata.read(page, url);
    MainText main = extractor.extract(page, meta.title(), meta.jsonLdBody());
    if (main.paragraphs().isEmpty()) {
      throw new IngestException(source, "no article text found in the HTML page");
    }
    ArticleBuilder article = Article.builder(source, main.text())
        .url(meta.canonicalUrl().or(() -> url).orElse(null))
        .title(meta.title().orElse(null))
        .published(meta.published().orElse(null))
        .modified(meta.modified().orElse(null))
        .section(meta.section().orElse(null))
        .siteName(meta.siteName().orElse(null))
        .byline(meta.byline().orElse(null))
        .captions(main.captions());
    return finisher.finish(article, main.paragraphs(), meta.language(),
        meta.readingTimeMinutes()).build();
  }
}
