package org.dossier.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.dateline.DatelineParser;
import org.dossier.ingest.dateline.ParsedDateline;
import org.dossier.model.Article;
import org.dossier.model.ArticleBuilder;
import org.dossier.model.Dateline;

/**
 * Reads a news page saved as plain text — section label, headline, date line with reading time,
 * photo captions, the story, page furniture — into an {@link Article} whose text is the story
 * alone, paragraphs separated by blank lines. Thread-safe.
 */
public final class PlainTextNewsReader {

  private static final int DATELINE_SEARCH = 3;

  private final HeaderReader header;
  private final CaptionDetector captions;
  private final DatelineParser datelines;
  private final LanguageGuesser languages;

  public PlainTextNewsReader(HeaderReader header, CaptionDetector captions,
      DatelineParser datelines, LanguageGuesser languages) {
    this.header = header;
    this.captions = captions;
    this.datelines = datelines;
    this.languages = languages;
  }

  /** Reads the page {@code text} read from {@code source}. */
  public Article read(String source, String text) {
    List<String> paragraphs = Paragraphs.split(text);
    PageHeader head = header.read(paragraphs);
    List<String> found = new ArrayList<>(head.captions());
    List<String> body = body(paragraphs.subList(head.bodyStart(), paragraphs.size()),
        head.title(), found);
    if (body.isEmpty()) {
      throw new IngestException(source, "no article text found (only a header or page furniture)");
    }
    String clean = String.join("\n\n", body);
    ArticleBuilder article = Article.builder(source, clean)
        .section(head.section().orElse(null))
        .title(head.title().orElse(null))
        .published(head.published().orElse(null))
        .readingTimeMinutes(head.readingTimeMinutes().orElse(null))
        .byline(head.byline().orElse(null))
        .captions(found)
        .language(languages.guess(clean).orElse(null));
    dateline(body).ifPresent(article::dateline);
    return article.build();
  }

  private List<String> body(List<String> paragraphs, Optional<String> title, List<String> found) {
    List<String> body = new ArrayList<>();
    for (String p : paragraphs) {
      if (!body.isEmpty() && Boilerplate.isFooterMarker(p)) {
        break;
      }
      Optional<String> caption = captions.caption(p, title);
      if (caption.isPresent()) {
        found.add(caption.get());
      } else if (!Boilerplate.isBoilerplateLine(p) && !Boilerplate.isFooterMarker(p)) {
        body.add(p);
      }
    }
    return body;
  }

  private Optional<Dateline> dateline(List<String> body) {
    return body.stream().limit(DATELINE_SEARCH)
        .map(datelines::parse)
        .flatMap(Optional::stream)
        .map(ParsedDateline::dateline)
        .findFirst();
  }
}
