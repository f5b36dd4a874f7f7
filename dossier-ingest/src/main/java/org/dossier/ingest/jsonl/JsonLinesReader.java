package org.dossier.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.MessageLine;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Warnings;
import org.dossier.ingest.date.MachineDateParser;
import org.dossier.ingest.html.ArticleFinisher;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.ingest.text.ControlCharacters;
import org.dossier.ingest.text.Paragraphs;
import org.dossier.model.Article;

/**
 * Reads JSON Lines exports, one article per line: {@code {"url", "title", "published",
 * "text" | "html"}}. HTML goes through main-text extraction; text is split into paragraphs as is.
 * A line that is not a JSON object, or has neither text nor html, is skipped with a warning naming
 * its line number (the first 100 warnings are kept); the others are read. A file none of whose
 * first 1,000 lines is a JSON object is not JSON Lines and fails. An article's source is its
 * URL, else {@code path#N}.
 * Thread-safe.
 */
public final class JsonLinesReader {

  // A line is one value: "{…} trailing" is as broken as "{…".
  private final ObjectMapper json = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Past this many warnings only a count is kept. */
  private static final int MAX_WARNINGS = 100;
  /** A file whose first lines are all not JSON objects is not an export: stop reading it. */
  private static final int MAX_LEADING_NON_OBJECTS = 1000;

  private final HtmlArticleReader html;
  private final MachineDateParser dates;
  private final ArticleFinisher finisher;

  public JsonLinesReader(HtmlArticleReader html, MachineDateParser dates,
      ArticleFinisher finisher) {
    this.html = html;
    this.dates = dates;
    this.finisher = finisher;
  }

  /** Reads the lines of {@code in} (UTF-8), read from {@code source}. */
  public ReadOutcome.Read read(String source, InputStream in) throws IOException {
    List<Article> articles = new ArrayList<>();
    Warnings warnings = new Warnings(MAX_WARNINGS);
    int objects = 0;
    int notObjects = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
      String line;
      for (int n = 1; (line = lines.readLine()) != null; n++) {
        if (line.isBlank()) {
          continue;
        }
        if (readLine(source, n, line, articles, warnings)) {
          objects++;
        } else if (++notObjects == MAX_LEADING_NON_OBJECTS && objects == 0) {
          throw new IngestException(source, "not JSON Lines: none of the first "
              + MAX_LEADING_NON_OBJECTS + " lines is a JSON object (" + warnings.list().get(0)
              + ")");
        }
      }
    }
    return new ReadOutcome.Read(source, articles, warnings.list());
  }

  // Reads one line into {@code articles}; false when the line is not a JSON object at all.
  private boolean readLine(String source, int n, String line, List<Article> articles,
      Warnings warnings) {
    JsonNode record;
    try {
      record = json.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
    } catch (JsonProcessingException e) {
      warnings.add("line " + n + " is not JSON: "
          + MessageLine.of(e.getOriginalMessage().split("\n")[0]));
      return false;
    }
    if (record == null || !record.isObject()) {
      warnings.add("line " + n + " is not a JSON object");
      return false;
    }
    String name = text(record, "url").orElse(source + "#" + n);
    try {
      articles.add(article(name, record));
    } catch (IngestException e) {
      warnings.add("line " + n + ": " + e.getMessage());
    }
    return true;
  }

  private Article article(String name, JsonNode record) {
    Optional<String> url = text(record, "url");
    Article base;
    Optional<String> page = text(record, "html");
    if (page.isPresent()) {
      base = html.read(name, page.get(), url);
    } else {
      List<String> paragraphs = text(record, "text").map(Paragraphs::split).orElse(List.of());
      if (paragraphs.isEmpty()) {
        throw new IngestException(name, "has neither \"text\" nor \"html\"");
      }
      base = finisher.finish(Article.builder(name, String.join("\n\n", paragraphs)),
          paragraphs, text(record, "language"), Optional.empty()).build();
    }
    var article = base.toBuilder().url(url.or(base::url).orElse(null));
    text(record, "title").ifPresent(article::title);
    text(record, "published").flatMap(dates::parse).ifPresent(article::published);
    return article.build();
  }

  private static Optional<String> text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || !value.isValueNode() || value.isNull()
        ? Optional.empty()
        : Optional.of(ControlCharacters.strip(value.asText())).filter(s -> !s.isBlank());
  }
}
