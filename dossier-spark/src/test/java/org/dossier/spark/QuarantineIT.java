package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.dossier.ingest.IngestOptions;
import org.dossier.spark.table.OutputTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs and records go to the quarantine table; the job still writes the good ones. */
class QuarantineIT {

  @TempDir
  Path dir;

  @Test
  void aCorruptRecordGoesToQuarantineWhileTheGoodRecordsAreWritten() throws Exception {
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    List<String> paragraphs = CrawlFiles.exampleParagraphs();
    CrawlFiles.Page first = CrawlFiles.asPage("https://news.example/vienna-deal",
        "Iran and world powers reach a nuclear deal", "2015-07-14", paragraphs.subList(0, 3));
    CrawlFiles.Page second = CrawlFiles.asPage("https://news.example/netanyahu-rejects",
        "Netanyahu rejects the Vienna deal", "2015-07-15",
        paragraphs.subList(paragraphs.size() - 2, paragraphs.size()));
    Path mixed = crawl.resolve("mixed.warc.gz");
    CrawlFiles.warc(mixed, List.of(first));
    append(mixed, gzip("WARX/9.9\r\nthis is not a WARC record\r\n\r\n"));
    CrawlFiles.warc(mixed, List.of(second));
    Path whole = CrawlFiles.warc(dir.resolve("whole.warc.gz"), List.of(first));
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = Files.write(crawl.resolve("truncated.warc.gz"),
        Arrays.copyOf(bytes, bytes.length / 2));
    byte[] image = new byte[4096];
    new Random(7).nextBytes(image);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, image,
        0, 8);
    Path garbage = Files.write(crawl.resolve("picture.html"), image);

    Path out = dir.resolve("out");
    JobSummary summary = new CrawlJob(LocalSpark.session(), 0, IngestOptions.defaults())
        .run(List.of(crawl.toString()), out.toString());

    List<Row> articles = LocalSpark.session().read().schema(OutputTable.ARTICLES.schema())
        .parquet(out.resolve("articles").toString()).collectAsList();
    assertThat(articles).extracting(r -> (String) r.getAs("url"))
        .containsExactlyInAnyOrder(first.url(), second.url());
    List<Row> quarantine = LocalSpark.session().read().schema(OutputTable.QUARANTINE)
        .parquet(out.resolve("quarantine").toString()).collectAsList();
    assertThat(quarantine).extracting(r -> r.getString(0) + " " + r.getString(1))
        .containsExactlyInAnyOrder(mixed + " record", truncated + " read", garbage + " read");
    assertThat(quarantine).allSatisfy(r -> assertThat(r.getString(2)).isNotBlank());
    assertThat(quarantine).filteredOn(r -> r.getString(0).equals(mixed.toString()))
        .extracting(r -> r.getString(2)).singleElement().asString()
        .startsWith("skipped a corrupt WARC record at offset");
    assertThat(summary.articles()).isEqualTo(2);
    assertThat(summary.quarantined()).isEqualTo(3);
  }

  private static void append(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes, StandardOpenOption.APPEND);
  }

  private static byte[] gzip(String text) throws IOException {
    var buffer = new java.io.ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(buffer)) {
      gz.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
    return buffer.toByteArray();
  }
}
