package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IngestTest {

  private static final long MIB = 1024 * 1024;
  private static Ingest ingest;
  private static Ingest smallLimit;

  static final String PAGE = "<!doctype html><html><head><title>Talks resume in Geneva</title>"
      + "</head><body><article><h1>Talks resume in Geneva</h1><p>GENEVA (AP) — Negotiators met"
      + " again on Tuesday, officials said, after a pause of two weeks.</p></article></body>"
      + "</html>";

  @BeforeAll
  static void create() {
    KnowledgeBase knowledge = KnowledgeBase.builtIn();
    ingest = Ingest.create(knowledge, IngestOptions.defaults());
    smallLimit = Ingest.create(knowledge, IngestOptions.defaults().withMaxBytes(MIB));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static String failure(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    return ((ReadOutcome.Failed) outcome).error().describe();
  }

  private static Article only(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
    assertThat(((ReadOutcome.Read) outcome).articles()).hasSize(1);
    return ((ReadOutcome.Read) outcome).articles().get(0);
  }

  @Test
  void readsAGzippedHtmlPage() throws IOException {
    Article a = only(ingest.read(Source.of("story.html.gz",
        gzip(PAGE.getBytes(StandardCharsets.UTF_8)))));
    assertThat(a.source()).isEqualTo("story.html.gz");
    assertThat(a.title()).contains("Talks resume in Geneva");
    assertThat(a.text()).startsWith("GENEVA (AP) — Negotiators met again on Tuesday");
    assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.countryCode()).contains("CH"));
  }

  @Test
  void detectsHtmlByContentWhateverTheName() {
    Article a = only(ingest.read(Source.of("download", PAGE.getBytes(StandardCharsets.UTF_8))));
    assertThat(a.title()).contains("Talks resume in Geneva");
  }

  @Test
  void readsEachItemOfAFeed() {
    String rss = "<rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><title>One</title><link>https://example.com/1</link><description>First story"
        + " of the feed.</description></item><item><title>Two</title><link>https://example.com/2"
        + "</link><description>Second story of the feed.</description></item></channel></rss>";
    ReadOutcome outcome = ingest.read(Source.of("wire.xml", rss.getBytes(StandardCharsets.UTF_8)));
    assertThat(((ReadOutcome.Read) outcome).articles()).extracting(Article::source)
        .containsExactly("https://example.com/1", "https://example.com/2");
  }

  @Test
  void failsOnATruncatedGzipFile() throws IOException {
    byte[] whole = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    assertThat(failure(ingest.read(Source.of("story.html.gz", truncated))))
        .isEqualTo("story.html.gz: truncated gzip data: the compressed stream ends unexpectedly");
  }

  @Test
  void stopsADecompressionBombAtTheInputLimit() throws IOException {
    byte[] text = new byte[(int) (20 * MIB)];
    Arrays.fill(text, (byte) 'a');
    byte[] bomb = gzip(text);
    assertThat(bomb.length).isLessThan((int) MIB);
    assertThat(failure(smallLimit.read(Source.of("bomb.html.gz", bomb))))
        .isEqualTo("bomb.html.gz: gzip data expands past the input limit of 1 MiB"
            + " (raise it with --max-input-mb; a decompression bomb?)");
  }

  @Test
  void rejectsAnInputLargerThanTheLimit() {
    byte[] big = ("<html><body><p>" + "word ".repeat(300_000) + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(failure(smallLimit.read(Source.of("big.html", big))))
        .isEqualTo("big.html: input is larger than the limit of 1 MiB (raise it with --max-input-mb)");
  }

  @Test
  void failsOnAFeedThatIsNotXml() {
    assertThat(failure(ingest.read(Source.of("news.rss",
        "{\"not\": \"a feed\"}".getBytes(StandardCharsets.UTF_8)))))
        .isEqualTo("news.rss: not a well-formed XML feed (line 1, column 1):"
            + " Content is not allowed in prolog.");
  }

  @Test
  void failsWhenAJsonLinesFileHasNoReadableLine() {
    assertThat(failure(ingest.read(Source.of("export.jsonl",
        "not json\n".getBytes(StandardCharsets.UTF_8)))))
        .startsWith("export.jsonl: no article found (line 1 is not JSON: ");
  }

  @Test
  void namesAFileThatDoesNotExist() {
    Source missing = new SourceWalker(() -> null, MIB).walk(java.util.List.of("no/such.html"))
        .findFirst().orElseThrow();
    assertThat(failure(ingest.read(missing))).isEqualTo("no/such.html: no such file or directory");
  }
}
