package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dossier.ingest.date.MachineDateParser;
import org.dossier.ingest.date.VisibleDateParser;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.feed.FeedArticleReader;
import org.dossier.ingest.feed.FeedParser;
import org.dossier.ingest.format.FormatDetector;
import org.dossier.ingest.format.InputOpener;
import org.dossier.ingest.format.OpenedInput;
import org.dossier.ingest.html.ArticleFinisher;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.ingest.html.HtmlRead;
import org.dossier.ingest.jsonl.JsonLinesReader;
import org.dossier.ingest.text.CaptionDetector;
import org.dossier.ingest.text.DecodedText;
import org.dossier.ingest.text.HeaderReader;
import org.dossier.ingest.text.LanguageGuesser;
import org.dossier.ingest.text.PlainTextNewsReader;
import org.dossier.ingest.text.TextDecoder;
import org.dossier.ingest.warc.WarcArticleReader;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;

/**
 * The ingest stage: reads inputs — files, directories, standard input — into {@link Article}s
 * with clean text and metadata. Formats: HTML pages, RSS/Atom feeds, WARC files, JSON Lines and
 * plain text, each optionally gzipped; the format is detected from content and file name. Reading
 * never throws for a bad input: each input gives a {@link ReadOutcome}, read or failed with a
 * message naming the input. Thread-safe.
 *
 * <pre>{@code
 * Ingest ingest = Ingest.create(KnowledgeBase.builtIn(), IngestOptions.defaults());
 * ingest.sources(List.of("news/"), () -> System.in)
 *     .map(ingest::read)
 *     .forEach(outcome -> ...);
 * }</pre>
 */
public final class Ingest {

  private final IngestOptions options;
  private final InputOpener opener;
  private final Readers readers;

  /** The reader of each format, wired once. */
  private record Readers(TextDecoder decoder, PlainTextNewsReader plainText,
      HtmlArticleReader html, FeedArticleReader feeds, JsonLinesReader jsonLines,
      WarcArticleReader warc) {
  }

  private Ingest(IngestOptions options, InputOpener opener, Readers readers) {
    this.options = options;
    this.opener = opener;
    this.readers = readers;
  }

  public static Ingest create(KnowledgeBase knowledge, IngestOptions options) {
    CaptionDetector captions = new CaptionDetector();
    VisibleDateParser visibleDates = new VisibleDateParser();
    DatelineParser datelines = new DatelineParser(knowledge);
    LanguageGuesser languages = new LanguageGuesser();
    PlainTextNewsReader plainText = new PlainTextNewsReader(
        new HeaderReader(visibleDates, captions), captions, datelines, languages);
    HtmlArticleReader html = HtmlArticleReader.create(datelines);
    MachineDateParser dates = new MachineDateParser(visibleDates);
    ArticleFinisher finisher = new ArticleFinisher(datelines, languages);
    Readers readers = new Readers(new TextDecoder(), plainText, html,
        new FeedArticleReader(new FeedParser(), html, dates, finisher),
        new JsonLinesReader(html, dates, finisher),
        new WarcArticleReader(html, options.maxBytes()));
    return new Ingest(options, new InputOpener(new FormatDetector(), options.maxBytes()), readers);
  }

  public IngestOptions options() {
    return options;
  }

  /** The inputs named by {@code arguments}: files, directories (walked) and {@code -}. */
  public Stream<Source> sources(List<String> arguments, Supplier<InputStream> stdin) {
    return new SourceWalker(stdin, options.maxBytes()).walk(arguments);
  }

  /**
   * Reads one input; failures come back as {@link ReadOutcome.Failed}, never thrown. Every
   * failure message and warning is one line, however hostile the input it quotes.
   */
  public ReadOutcome read(Source source) {
    ReadOutcome outcome = readOrFail(source);
    if (outcome instanceof ReadOutcome.Failed failed) {
      IngestException e = failed.error();
      String line = MessageLine.of(e.getMessage());
      return line.equals(e.getMessage()) ? failed : new ReadOutcome.Failed(failed.source(),
          new IngestException(e.source(), line, e.getCause()));
    }
    ReadOutcome.Read read = (ReadOutcome.Read) outcome;
    return new ReadOutcome.Read(read.source(), read.articles(),
        read.warnings().stream().map(MessageLine::of).toList());
  }

  private ReadOutcome readOrFail(Source source) {
    try {
      ReadOutcome.Read read = readFormat(source);
      if (read.articles().isEmpty()) {
        String why = read.warnings().isEmpty() ? "" : " (" + read.warnings().get(0) + ")";
        return new ReadOutcome.Failed(source.name(),
            new IngestException(source.name(), "no article found" + why));
      }
      return new ReadOutcome.Read(source.name(),
          read.articles().stream().map(this::withDefaults).toList(), read.warnings());
    } catch (IngestException e) {
      return new ReadOutcome.Failed(source.name(), e);
    } catch (IOException e) {
      return new ReadOutcome.Failed(source.name(),
          new IngestException(source.name(), Inputs.describe(e), e));
    } catch (RuntimeException e) {
      return new ReadOutcome.Failed(source.name(),
          new IngestException(source.name(), "could not be read: " + e, e));
    } catch (StackOverflowError e) {
      // The stack unwinds cleanly: this input fails, the batch goes on.
      return new ReadOutcome.Failed(source.name(), new IngestException(source.name(),
          "could not be read: nested or repeated too deeply (stack overflow)", e));
    }
  }

  private ReadOutcome.Read readFormat(Source source) throws IOException {
    try (OpenedInput input = opener.open(source.fileName(), source.open())) {
      return switch (input.format()) {
        case WARC -> readers.warc().read(source);
        case FEED -> readers.feeds().read(source.name(), input.stream());
        case JSONL -> readers.jsonLines().read(source.name(), input.stream());
        case HTML -> html(source.name(), input.stream().readAllBytes());
        case TEXT -> plainText(source.name(), input.stream().readAllBytes());
      };
    }
  }

  private ReadOutcome.Read html(String name, byte[] bytes) {
    HtmlRead read = readers.html().read(name, bytes, Optional.empty(), Optional.empty());
    return new ReadOutcome.Read(name, List.of(read.article()), read.warnings());
  }

  private ReadOutcome.Read plainText(String name, byte[] bytes) {
    DecodedText decoded = readers.decoder().decode(name, bytes);
    Article article = readers.plainText().read(name, decoded.text());
    return new ReadOutcome.Read(name, List.of(article), decoded.warnings());
  }

  private Article withDefaults(Article article) {
    if (article.published().isPresent() || options.defaultPublished().isEmpty()) {
      return article;
    }
    return article.toBuilder().published(options.defaultPublished().get()).build();
  }
}
