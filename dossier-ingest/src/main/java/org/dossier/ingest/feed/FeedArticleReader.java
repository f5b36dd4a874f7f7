package org.dossier.ingest.feed;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.date.MachineDateParser;
import org.dossier.ingest.html.ArticleFinisher;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.ingest.html.MainText;
import org.dossier.ingest.text.ControlCharacters;
import org.dossier.model.Article;
import org.dossier.model.ArticleBuilder;
import org.jsoup.Jsoup;

/**
 * Reads a feed into one article per item: the item's full content ({@code content:encoded}, Atom
 * {@code content}) when it has one, else its summary — nothing is fetched. An item's source is its
 * link, or {@code path#N} for the N-th item without one. Items without text are skipped with a
 * warning. Thread-safe.
 */
public final class FeedArticleReader {

  private final FeedParser parser;
  private final HtmlArticleReader html;
  private final MachineDateParser dates;
  private final ArticleFinisher finisher;

  public FeedArticleReader(FeedParser parser, HtmlArticleReader html, MachineDateParser dates,
      ArticleFinisher finisher) {
    this.parser = parser;
    this.html = html;
    this.dates = dates;
    this.finisher = finisher;
  }

  /** Reads the feed in {@code in}, read from {@code source}. */
  public ReadOutcome.Read read(String source, InputStream in) {
    Feed feed = parser.parse(source, in);
    List<Article> articles = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < feed.items().size(); i++) {
      FeedItem item = feed.items().get(i);
      String name = item.link().orElse(source + "#" + (i + 1));
      Optional<Article> article = article(name, item, feed);
      if (article.isPresent()) {
        articles.add(article.get());
      } else {
        warnings.add("item " + (i + 1) + " (" + name + ") has no text");
      }
    }
    return new ReadOutcome.Read(source, articles, warnings);
  }

  private Optional<Article> article(String name, FeedItem item, Feed feed) {
    if (item.body().isEmpty()) {
      return Optional.empty();
    }
    // XML allows DEL and the C1 controls that a page's decoder would have dropped: drop them.
    MainText text = html.fragment(ControlCharacters.strip(item.body().get()));
    if (text.paragraphs().isEmpty()) {
      return Optional.empty();
    }
    ArticleBuilder article = Article.builder(name, text.text())
        .url(item.link().orElse(null))
        .title(item.title().map(t -> clean(Jsoup.parseBodyFragment(t).text())).orElse(null))
        .published(item.published().flatMap(dates::parse).orElse(null))
        .byline(item.author().map(FeedArticleReader::clean).orElse(null))
        .section(item.categories().stream().findFirst().map(FeedArticleReader::clean).orElse(null))
        .siteName(feed.title().map(FeedArticleReader::clean).orElse(null))
        .captions(text.captions());
    return Optional.of(finisher.finish(article, text.paragraphs(),
        feed.language().map(FeedArticleReader::primaryLanguage), Optional.empty()).build());
  }

  private static String clean(String field) {
    return ControlCharacters.strip(field);
  }

  private static String primaryLanguage(String tag) {
    return tag.strip().split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
  }
}
