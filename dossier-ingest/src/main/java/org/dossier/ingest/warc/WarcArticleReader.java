package org.dossier.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.ingest.Warnings;
import org.dossier.ingest.format.CappedInputStream;
import org.dossier.ingest.html.HtmlArticleReader;
import org.dossier.ingest.html.HtmlRead;
import org.dossier.ingest.text.DeclaredCharset;
import org.dossier.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc} or per-record gzipped {@code .warc.gz}, as Common Crawl's
 * CC-NEWS writes them) with jwarc: every successful HTTP response (or resource record) holding
 * HTML becomes an article whose source is the record's target URI, its charset taken from the HTTP
 * {@code Content-Type} header when the page does not say otherwise. The file is streamed — only
 * one record's payload, capped at the input limit, is held at a time. A corrupt record is skipped
 * with a warning naming its offset and reading resumes at the next record. Thread-safe.
 */
public final class WarcArticleReader {

  private static final int MAX_WARNINGS = 100;

  private final HtmlArticleReader html;
  private final long maxRecordBytes;

  public WarcArticleReader(HtmlArticleReader html, long maxRecordBytes) {
    this.html = html;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** Reads the WARC {@code source}; it is opened again to resume after a corrupt record. */
  public ReadOutcome.Read read(Source source) throws IOException {
    List<Article> articles = new ArrayList<>();
    Warnings warnings = new Warnings(MAX_WARNINGS);
    long start = 0;
    while (start >= 0) {
      start = readFrom(source, start, articles, warnings);
    }
    return new ReadOutcome.Read(source.name(), articles, warnings.list());
  }

  // Reads records from offset {@code start}; returns where to resume after a corrupt record,
  // or -1 at the end of the file.
  private long readFrom(Source source, long start, List<Article> articles, Warnings warnings)
      throws IOException {
    try (InputStream in = source.open()) {
      in.skipNBytes(start);
      WarcReader reader = new WarcReader(in);
      while (true) {
        Optional<WarcRecord> record;
        try {
          record = reader.next();
        } catch (IOException | IllegalArgumentException e) {
          // After a failed parse the reader's position is where the broken record starts.
          long offset = start + reader.position();
          // jwarc reports some malformed headers (a field given twice, a length that is no
          // number) as illegal arguments.
          String problem = e instanceof IOException ? describe(e)
              : "malformed header: " + describe(e);
          warnings.add("skipped a corrupt WARC record at offset " + offset + ": " + problem);
          return RecordBoundary.next(source, offset + 1, reader.compression());
        }
        if (record.isEmpty()) {
          return -1;
        }
        read(record.get(), start + reader.position(), warnings)
            .ifPresent(articles::add);
      }
    }
  }

  private Optional<Article> read(WarcRecord record, long offset, Warnings warnings) {
    try {
      Optional<Page> page = page(record);
      if (page.isEmpty()) {
        return Optional.empty();
      }
      HtmlRead read = html.read(page.get().url(), page.get().bytes(), page.get().charset(),
          Optional.of(page.get().url()));
      return Optional.of(read.article());
    } catch (IngestException e) {
      warnings.add("record at offset " + offset + " (" + e.source() + "): " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      warnings.add("skipped a corrupt WARC record at offset " + offset + ": " + describe(e));
    }
    return Optional.empty();
  }

  /** The HTML page a record holds, if it holds one. */
  private Optional<Page> page(WarcRecord record) throws IOException {
    if (record instanceof WarcResponse response
        && response.contentType().subtype().equalsIgnoreCase("http")) {
      HttpResponse http = response.http();
      String type = http.headers().first("Content-Type").orElse("");
      if (http.status() != 200 || !isHtml(type)) {
        return Optional.empty();
      }
      return Optional.of(new Page(response.target(), bytes(http.bodyDecoded(), response.target()),
          DeclaredCharset.fromContentType(type)));
    }
    if (record instanceof WarcResource resource && isHtml(resource.contentType().toString())) {
      return Optional.of(new Page(resource.target(), bytes(resource.body(), resource.target()),
          DeclaredCharset.fromContentType(resource.contentType().toString())));
    }
    return Optional.empty();
  }

  private byte[] bytes(MessageBody body, String url) throws IOException {
    try (InputStream in = new CappedInputStream(body.stream(), maxRecordBytes,
        "payload is larger than the limit of " + maxRecordBytes / (1024 * 1024) + " MiB")) {
      return in.readAllBytes();
    } catch (org.dossier.ingest.format.InputLimitException e) {
      throw new IngestException(url, e.getMessage(), e);
    }
  }

  private static boolean isHtml(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.contains("text/html") || type.contains("application/xhtml");
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private record Page(String url, byte[] bytes, Optional<Charset> charset) {
  }
}
