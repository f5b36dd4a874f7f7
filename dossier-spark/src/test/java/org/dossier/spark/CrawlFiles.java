package org.dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dossier.model.DossierJson;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Test inputs: news pages, and WARC files of them written with jwarc as Common Crawl's CC-NEWS
 * writes them (one gzip member per record, HTTP response records holding HTML).
 */
final class CrawlFiles {

  /** The repository's shipped example article, readable without ../shared. */
  static final Path EXAMPLE = Path.of("..", "examples", "vienna-2015-07-14-iran-nuclear-deal.txt");

  private CrawlFiles() {
  }

  /** A page a crawler fetched: its URL and HTML. */
  record Page(String url, String html) {
  }

  /** Writes {@code pages} as a gzipped WARC of HTTP responses. */
  static Path warc(Path file, List<Page> pages) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP);
      for (Page page : pages) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, page.html().getBytes(StandardCharsets.UTF_8))
            .build();
        writer.write(new WarcResponse.Builder(page.url())
            .date(Instant.parse("2026-02-11T12:00:00Z")).body(http).build());
      }
    }
    return file;
  }

  /** The first {@code n} pages of the AEB evaluation set, with their URLs, when it is here. */
  static List<Page> aebPages(Path shared, int n) throws IOException {
    Path aeb = shared.resolve("eval/aeb");
    JsonNode truth = DossierJson.mapper().readTree(aeb.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(aeb.resolve("html"))) {
      for (Path file : files.sorted().limit(n).toList()) {
        String key = file.getFileName().toString().replaceAll("\\.html(\\.gz)?$", "");
        String url = Optional.ofNullable(truth.path(key).path("url").textValue())
            .orElse("https://aeb.example/" + key);
        pages.add(new Page(url, gunzip(file)));
      }
    }
    return pages;
  }

  /** A plain-text news article wrapped as a news page: headline, date, paragraphs. */
  static Page asPage(String url, String headline, String published, List<String> paragraphs) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>")
        .append(headline).append("</title><meta property=\"article:published_time\" content=\"")
        .append(published).append("\"></head><body><article><h1>").append(headline)
        .append("</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
    }
    return new Page(url, html.append("</article></body></html>").toString());
  }

  /** The example article's body paragraphs (after its headline and date lines). */
  static List<String> exampleParagraphs() throws IOException {
    List<String> blocks = List.of(Files.readString(EXAMPLE).split("\n\\s*\n"));
    return blocks.stream().skip(3).map(String::strip).filter(b -> !b.isEmpty())
        .takeWhile(b -> !b.equals("NEWSLETTER")).toList();
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      InputStream body = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
