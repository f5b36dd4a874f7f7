package org.dossier.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.date.MachineDateParser;
import org.dossier.ingest.html.ArticleFinisher;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.ingest.text.Paragraphs;
import org.dossier.model.Article;

/**
 * Reads JSON Lines exports, one article per line: {@code {"url", "title", "published",
 * "text" | "html"}}. HTML goes through main-text extraction; text is split into paragraphs as is.
 * A line that is not a JSON object, or has neither text nor html, is skipped with a warning naming
 * its line number; the others are read. An article's source is its URL, else {@code path#N}.
 * Thread-safe.
 */
public final class JsonLinesReader {

  private final ObjectMapper json = new ObjectMapper();
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
  public ReadOutcome.Read read(String source, InputStream in) {
    List<Article> articles = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
      String line;
      for (int n = 1; (line = lines.readLine()) != null; n++) {
        if (!line.isBlank()) {
          readLine(source, n, line, articles, warnings);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReadOutcome.Read(source, articles, warnings);
  }

  private void readLine(String source, int n, String line, List<Article> articles,
      List<String> warnings) {
    JsonNode record;
    try {
      record = json.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
    } catch (JsonProcessingException e) {
      warnings.add("line " + n + " is not JSON: "
          + e.getOriginalMessage().split("\n")[0]);
      return;
    }
    if (record == null || !record.isObject()) {
      warnings.add("line " + n + " is not a JSON object");
      return;
    }
    String name = text(record, "url").orElse(source + "#" + n);
    try {
      articles.add(article(name, record));
    } catch (IngestException e) {
      warnings.add("line " + n + ": " + e.getMessage());
    }
  }

  private Article article(String name, JsonNode record) {
    Optional<String> url = text(record, "url");
    Article base;
    if (text(record, "html").isPresent()) {
      base = html.read(name, record.get("html").asText(), url);
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
        ? Optional.empty() : Optional.of(value.asText()).filter(s -> !s.isBlank());
  }
}
