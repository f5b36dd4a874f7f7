package org.dossier.spark.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.Source;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;

/** Reading one input into pipeline records, with the real ingest stage; no Spark, no models. */
class InputReaderTest {

  private static final InputReader READER = new InputReader(IngestOptions.defaults());

  private static final String PAGE = "<html><head><title>Talks resume in Vienna</title></head>"
      + "<body><article><h1>Talks resume in Vienna</h1><p>VIENNA - Diplomats from Iran and six"
      + " world powers resumed talks on Monday, officials said, after a pause of two weeks in"
      + " which both sides consulted their capitals.</p><p>\"We are close,\" one diplomat told"
      + " reporters outside the hotel where the talks are held.</p></article></body></html>";

  @Test
  void aFileThatCannotBeReadBecomesOneQuarantineRecordNamingIt() {
    List<PipelineRecord> records = READER.read(Source.of("crawl/empty.html", new byte[0]));
    assertThat(records).singleElement().isInstanceOfSatisfying(PipelineRecord.Quarantined.class,
        q -> {
          assertThat(q.source()).isEqualTo("crawl/empty.html");
          assertThat(q.stage()).isEqualTo("read");
          assertThat(q.error()).isNotBlank();
        });
  }

  @Test
  void aCorruptWarcRecordIsQuarantinedAndTheRecordsAroundItAreRead() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(gzip(record("https://news.example/a", PAGE)));
    warc.writeBytes(gzip("WARX/9.9\r\nnot a record\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
    warc.writeBytes(gzip(record("https://news.example/b", PAGE.replace("Monday", "Tuesday"))));

    List<PipelineRecord> records = READER.read(Source.of("crawl/x.warc.gz",
        warc.toByteArray()));

    assertThat(records).filteredOn(PipelineRecord.Quarantined.class::isInstance)
        .singleElement().extracting(r -> ((PipelineRecord.Quarantined) r).stage())
        .isEqualTo("record");
    List<PipelineRecord.ReadArticle> articles = records.stream()
        .filter(PipelineRecord.ReadArticle.class::isInstance)
        .map(PipelineRecord.ReadArticle.class::cast).toList();
    assertThat(articles).extracting(PipelineRecord.ReadArticle::origin)
        .containsExactly("https://news.example/a", "https://news.example/b");
    Article back = DossierJson.read(articles.get(0).articleJson(), Article.class);
    assertThat(back.title()).contains("Talks resume in Vienna");
  }

  @Test
  void theJobsOptionsDateUndatedInputsAndCapTheirSize() {
    byte[] story = ("Talks resume\n\nDiplomats from Iran and six world powers resumed talks on"
        + " Friday, officials said.\n").getBytes(StandardCharsets.UTF_8);
    IngestOptions options = IngestOptions.defaults().withDefaultPublished(
        LocalDate.of(2026, 2, 11)).withMaxBytes(story.length - 1);

    assertThat(new InputReader(IngestOptions.defaults().withDefaultPublished(
        LocalDate.of(2026, 2, 11))).read(Source.of("crawl/talks.txt", story)))
        .singleElement().isInstanceOfSatisfying(PipelineRecord.ReadArticle.class, read ->
            assertThat(DossierJson.read(read.articleJson(), Article.class).published())
                .contains(LocalDate.of(2026, 2, 11)));
    assertThat(new InputReader(options).read(Source.of("crawl/talks.txt", story)))
        .singleElement().isInstanceOfSatisfying(PipelineRecord.Quarantined.class,
            q -> assertThat(q.error()).contains("limit"));
  }

  @Test
  void aLocalHadoopPathIsNamedByItsFilePath() {
    assertThat(InputName.of("file:/data/crawl/a%20b.warc.gz"))
        .isEqualTo("/data/crawl/a b.warc.gz");
    assertThat(InputName.of("s3a://bucket/crawl/x.warc.gz"))
        .isEqualTo("s3a://bucket/crawl/x.warc.gz");
  }

  private static byte[] record(String url, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + body.length + "\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
    String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url
        + "\r\nWARC-Date: 2026-02-11T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
        + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
        + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
        + http.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(http);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(buffer)) {
      gz.write(bytes);
    }
    return buffer.toByteArray();
  }
}
