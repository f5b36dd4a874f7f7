package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.dossier.ingest.html.CleanArticle;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus, generated here (no stored binaries): every hostile input either fails
 * with one clear line naming it and the problem, or reads into clean articles. A failure that
 * comes from an unexpected exception ("could not be read: java.lang…") counts as a crash.
 */
class HostileInputTest {

  private static final long MIB = 1024 * 1024;
  private static Ingest ingest;
  private static Source zeroBomb;
  private static Source textBomb;

  private static final String STORY = "<p>GENEVA (AP) — Negotiators met again on Tuesday,"
      + " officials said, after a pause of two weeks in the talks.</p>";

  @BeforeAll
  static void create() {
    ingest = Ingest.create(KnowledgeBase.builtIn(), IngestOptions.defaults());
    zeroBomb = gzipBomb(new byte[1]);
    textBomb = gzipBomb(utf8("<p>ha ha ha</p>\n"));
  }

  private static Source named(String name, Source bomb) {
    return new Source(name, bomb.opener());
  }

  // --- what a hostile input may give

  private static String failure(String name, byte[] bytes) {
    return failure(ingest.read(Source.of(name, bytes)));
  }

  private static String failure(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    String message = ((ReadOutcome.Failed) outcome).error().describe();
    assertThat(message).startsWith(outcome.source() + ": ").doesNotContain("\n")
        .doesNotContain("could not be read: java.").doesNotContain("Exception");
    return message.substring(outcome.source().length() + 2);
  }

  private static ReadOutcome.Read read(String name, byte[] bytes) {
    ReadOutcome outcome = ingest.read(Source.of(name, bytes));
    if (outcome instanceof ReadOutcome.Failed failed) {
      throw new AssertionError("expected a read, got " + failed.error().describe());
    }
    ReadOutcome.Read read = (ReadOutcome.Read) outcome;
    read.articles().forEach(CleanArticle::assertClean);
    assertThat(read.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
    return read;
  }

  private static Article only(String name, byte[] bytes) {
    List<Article> articles = read(name, bytes).articles();
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] page(String head, String body) {
    return utf8("<!doctype html><html><head>" + head + "</head><body><article>" + body
        + "</article></body></html>");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  // --- empty, blank and binary files

  @Test
  void anEmptyFileOfEveryFormatFailsAsEmpty() {
    assertThat(failure("empty.txt", new byte[0])).isEqualTo("empty file");
    assertThat(failure("empty.html", new byte[0])).isEqualTo("empty file");
    assertThat(failure("empty", new byte[0])).isEqualTo("empty file");
    assertThat(failure("empty.jsonl", new byte[0])).isEqualTo("empty file");
    assertThat(failure("empty.rss", new byte[0])).isEqualTo("empty file");
    assertThat(failure("empty.warc", new byte[0])).isEqualTo("empty file");
  }

  @Test
  void aWhitespaceOnlyFileFailsAsBlank() {
    byte[] blank = utf8(" \n\t \r\n  \f\n");
    assertThat(failure("blank.txt", blank)).isEqualTo("blank file: only whitespace");
    assertThat(failure("blank.html", blank)).isEqualTo("blank file: only whitespace");
    assertThat(failure("blank.jsonl", blank)).isEqualTo("blank file: only whitespace");
    assertThat(failure("blank.xml", blank)).isEqualTo("blank file: only whitespace");
  }

  @Test
  void aBinaryFileIsNamedForWhatItIsWhateverItsName() throws IOException {
    byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
        new byte[200]);
    byte[] pdf = utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    byte[] zip = concat(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, utf8("story.html"));
    for (String name : List.of("photo.png", "photo.html", "photo.jsonl", "photo.rss", "photo")) {
      assertThat(failure(name, png)).isEqualTo("binary file (PNG image), not a news article");
    }
    assertThat(failure("report.pdf", pdf)).isEqualTo("binary file (PDF document), not a news article");
    assertThat(failure("report.html", pdf))
        .isEqualTo("binary file (PDF document), not a news article");
    assertThat(failure("bundle.zip", zip)).isEqualTo("binary file (ZIP archive), not a news article");
    assertThat(failure("bundle.jsonl", zip))
        .isEqualTo("binary file (ZIP archive), not a news article");
    assertThat(failure("photo.png.gz", gzip(png)))
        .isEqualTo("binary file (PNG image), not a news article");
  }

  // --- compressed and archived inputs

  @Test
  void aCorruptGzipFileFailsNamingTheCorruption() throws IOException {
    byte[] whole = gzip(utf8(STORY.repeat(200)));
    byte[] corrupt = whole.clone();
    for (int i = 20; i < corrupt.length - 20; i += 7) {
      corrupt[i] ^= 0x5A;
    }
    assertThat(failure("story.html.gz", corrupt)).startsWith("corrupt gzip data: ");
    byte[] headerOnly = Arrays.copyOf(whole, 10);
    assertThat(failure("story.html.gz", headerOnly))
        .isEqualTo("truncated gzip data: the compressed stream ends unexpectedly");
    byte[] badTrailer = whole.clone();
    badTrailer[badTrailer.length - 6] ^= 0x01;
    assertThat(failure("story.html.gz", badTrailer)).startsWith("corrupt gzip data: ");
  }

  /**
   * A gzip file of one member that expands to 2 GiB of {@code unit} (whose length divides
   * 16 MiB), about 3 MB on disk: a 16 MiB deflate block, sync-flushed so it stands alone,
   * repeated 128 times, then an empty final block and the true CRC and size.
   */
  private static Source gzipBomb(byte[] unit) {
    byte[] mebibyte = new byte[1 << 20];
    for (int i = 0; i < mebibyte.length; i++) {
      mebibyte[i] = unit[i % unit.length];
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    for (int i = 0; i < 16; i++) {
      deflater.setInput(mebibyte);
      int n;
      while ((n = deflater.deflate(buffer, 0, buffer.length,
          i == 15 ? Deflater.SYNC_FLUSH : Deflater.NO_FLUSH)) > 0) {
        block.write(buffer, 0, n);
      }
    }
    deflater.end();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    for (int i = 0; i < 2048; i++) {
      crc.update(mebibyte);
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    gz.writeBytes(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, (byte) 0xFF});
    byte[] one = block.toByteArray();
    for (int i = 0; i < 128; i++) {
      gz.writeBytes(one);
    }
    gz.writeBytes(new byte[] {3, 0});
    long sum = crc.getValue();
    long size = 2L << 30;
    for (long v : new long[] {sum, size}) {
      gz.writeBytes(new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)});
    }
    byte[] bomb = gz.toByteArray();
    assertThat(bomb.length).isLessThan(8 * (int) MIB);
    return Source.of("bomb.gz", bomb);
  }

  @Test
  void theBombIsAValidGzipFileOfTwoGibibytes() throws IOException {
    long total = 0;
    try (InputStream in = new java.util.zip.GZIPInputStream(
        textBomb.open(), 1 << 16)) {
      byte[] buffer = new byte[1 << 20];
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
      }
    }
    assertThat(total).isEqualTo(2L << 30);
  }

  @Test
  void aDecompressionBombOfZerosIsRefusedFromItsFirstBytes() throws IOException {
    for (String name : List.of("bomb.html.gz", "bomb.txt.gz", "bomb.jsonl.gz", "bomb.rss.gz",
        "bomb.warc.gz", "bomb.gz")) {
      assertThat(failure(ingest.read(named(name, zeroBomb))))
          .isEqualTo("binary file (contains NUL bytes), not a news article");
    }
  }

  @Test
  void aDecompressionBombOfTextIsRefusedAtTheInputLimitWhateverTheFormat() throws IOException {
    for (String name : List.of("bomb.html.gz", "bomb.txt.gz", "bomb.rss.gz", "bomb.gz")) {
      assertThat(failure(ingest.read(named(name, textBomb)))).as(name)
          .isEqualTo("gzip data expands past the input limit of 64 MiB"
              + " (raise it with --max-input-mb; a decompression bomb?)");
    }
    assertThat(failure(ingest.read(named("bomb.jsonl.gz", textBomb))))
        .startsWith("not JSON Lines: none of the first 1000 lines is a JSON object (line 1 is");
    assertThat(failure(ingest.read(named("bomb.warc.gz", textBomb))))
        .startsWith("no article found (skipped a corrupt WARC record at offset 0: ");
  }

  @Test
  void aGzippedPageMayNotExpandPastTheInputLimit() throws IOException {
    Ingest small = Ingest.create(KnowledgeBase.builtIn(), IngestOptions.defaults().withMaxBytes(MIB));
    byte[] twoMegabytes = page("", STORY.repeat((int) (2 * MIB / STORY.length())));
    assertThat(failure(small.read(Source.of("long.html.gz", gzip(twoMegabytes)))))
        .isEqualTo("gzip data expands past the input limit of 1 MiB"
            + " (raise it with --max-input-mb; a decompression bomb?)");
  }

  private static byte[] warcRecord(String url, String html) {
    byte[] body = utf8(html);
    byte[] http = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n"), body);
    byte[] header = utf8("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url
        + "\r\nWARC-Date: 2019-11-19T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID
        .nameUUIDFromBytes(utf8(url)) + ">\r\nContent-Type: application/http; msgtype=response"
        + "\r\nContent-Length: " + http.length + "\r\n\r\n");
    return concat(header, http, utf8("\r\n\r\n"));
  }

  private static String warcPage(String title) {
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title
        + "</h1>" + STORY + "</article></body></html>";
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheCut() throws IOException {
    byte[] first = warcRecord("https://example.com/a", warcPage("First story"));
    byte[] second = warcRecord("https://example.com/b", warcPage("Second story"));
    byte[] cut = Arrays.copyOf(concat(first, second), first.length + second.length / 2);
    ReadOutcome.Read plain = read("crawl.warc", cut);
    assertThat(plain.articles()).extracting(Article::source).containsExactly("https://example.com/a");
    assertThat(plain.warnings()).isNotEmpty();

    byte[] gzipped = concat(gzip(first), gzip(second));
    byte[] gzCut = Arrays.copyOf(gzipped, gzipped.length - 30);
    assertThat(read("crawl.warc.gz", gzCut).articles()).extracting(Article::source)
        .containsExactly("https://example.com/a");
  }

  @Test
  void aWarcWhoseFirstRecordIsAnImageIsNotTakenForABinaryFile() {
    byte[] image = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
        new byte[2000]);
    byte[] http = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
        + image.length + "\r\n\r\n"), image);
    byte[] imageRecord = concat(utf8("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI:"
        + " https://example.com/logo.png\r\nWARC-Date: 2019-11-19T10:00:00Z\r\nWARC-Record-ID:"
        + " <urn:uuid:00000000-0000-0000-0000-000000000009>\r\nContent-Type: application/http;"
        + " msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n"), http,
        utf8("\r\n\r\n"));
    byte[] page = warcRecord("https://example.com/a", warcPage("First story"));
    assertThat(read("crawl.warc", concat(imageRecord, page)).articles())
        .extracting(Article::source).containsExactly("https://example.com/a");
  }

  @Test
  void aWarcOfGarbageFailsAndACorruptRecordIsSkipped() throws IOException {
    byte[] garbage = new byte[64 * 1024];
    new java.util.Random(12).nextBytes(garbage);
    byte[] junk = concat(utf8("WARC/1.0\r\n"), garbage);
    assertThat(failure("junk.warc", junk)).startsWith("no article found");

    byte[] first = warcRecord("https://example.com/a", warcPage("First story"));
    byte[] broken = warcRecord("https://example.com/x", warcPage("Broken story"));
    for (int i = 12; i < 60; i++) {
      broken[i] = '#';
    }
    byte[] third = warcRecord("https://example.com/c", warcPage("Third story"));
    assertThat(read("crawl.warc", concat(first, broken, third)).articles())
        .extracting(Article::source)
        .containsExactly("https://example.com/a", "https://example.com/c");
  }

  // --- very large and very deep inputs

  @Test
  void aDeeplyNestedJsonLineIsSkippedWithAWarning() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    byte[] lines = utf8(deep + "\n{\"url\":\"https://example.com/a\",\"text\":\"Officials said"
        + " the talks would resume next week.\"}\n");
    ReadOutcome.Read read = read("deep.jsonl", lines);
    assertThat(read.articles()).extracting(Article::source).containsExactly("https://example.com/a");
    assertThat(read.warnings()).singleElement().asString().startsWith("line 1 is not JSON: ");
  }

  @Test
  void deeplyNestedJsonLdDoesNotFailThePage() {
    Article a = only("deep-ld.html", page("<script type=\"application/ld+json\">"
        + "[".repeat(100_000) + "</script><script type=\"application/ld+json\">"
        + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "</script>", STORY));
    assertThat(a.text()).startsWith("GENEVA (AP)");
  }

  @Test
  void aDeeplyNestedFeedReadsOrFailsClearly() {
    String deep = "<rss><channel><item><description>" + "<x>".repeat(100_000)
        + "</description></item></channel></rss>";
    assertThat(failure("deep.rss", utf8(deep))).startsWith("not a well-formed XML feed");
  }

  @Test
  void aTenMegabyteSingleLineRecordIsRead() {
    StringBuilder text = new StringBuilder(11 * (int) MIB);
    for (int i = 0; text.length() < 10 * MIB; i++) {
      text.append("Paragraph ").append(i).append(" says what officials said on Tuesday.\\n\\n");
    }
    byte[] line = utf8("{\"url\":\"https://example.com/long\",\"title\":\"Long\",\"text\":\""
        + text + "\"}");
    assertThat(line.length).isGreaterThan(10 * (int) MIB);
    Article a = only("long.jsonl", line);
    assertThat(a.text()).startsWith("Paragraph 0 says what officials said on Tuesday.");
  }

  @Test
  void invalidJsonLinesAreSkippedWithAWarningEach() {
    byte[] lines = utf8("""
        {"url":"https://example.com/a","text":"Officials said the talks would resume."}
        {"url": "https://example.com/b", "text": "unterminated
        [1, 2, 3]
        "a string"
        {"url":"https://example.com/c","text":""}
        {"url":"https://example.com/d","text":{"nested":"object"}}
        {"url":"https://example.com/e","text":"A second story that reads well."} trailing
        null
        """);
    ReadOutcome.Read read = read("mixed.jsonl", lines);
    assertThat(read.articles()).extracting(Article::source)
        .containsExactly("https://example.com/a");
    assertThat(read.warnings()).hasSize(7);
  }

  // --- encodings and control characters

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() {
    byte[] text = concat(utf8("Café owners said on Tuesday that prices rose. "),
        "Zürich officials said “enough” at the meeting.".getBytes(Charset.forName("windows-1252")),
        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '.'});
    ReadOutcome.Read read = read("mixed.txt", text);
    assertThat(read.articles().get(0).text()).contains("Zürich officials said “enough”");
    assertThat(read.warnings()).contains("not valid UTF-8; decoded as windows-1252");
  }

  @Test
  void invalidUtf8InAJsonLineBecomesReplacementCharacters() {
    byte[] line = concat(utf8("{\"url\":\"https://example.com/a\",\"text\":\"Bad bytes "),
        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, utf8(" inside a story.\"}\n"));
    assertThat(only("bad.jsonl", line).text()).isEqualTo("Bad bytes \uFFFD(\uFFFD inside a story.");
  }

  @Test
  void controlCharactersAndNulsNeverReachTheText() {
    String controls = "\u0000\u0001\u0007\b\u000B\f\u001B\u007F\u0085\u009F";
    String story = " Officials said the talks would resume next week, after a pause.".repeat(20);
    Article text = only("controls.txt", utf8("Officials" + controls + " said the talks would"
        + " resume next week.\r\nThe envoy\u0000 agreed." + story + "\n"));
    assertThat(text.text()).startsWith("Officials said the talks would resume next week.\n\n"
        + "The envoy agreed. Officials said");
    only("controls.html", page("<title>T\u0001itle</title>",
        "<p>Officials" + controls + " said the talks would resume next week.</p>"));
    only("controls.jsonl", utf8("{\"url\":\"https://example.com/a\",\"title\":\"A\\u0000B\","
        + "\"text\":\"Officials\\u0000\\u0001\\u001b said the talks would resume.\"}\n"));
    only("controls-html.jsonl", utf8("{\"url\":\"https://example.com/a\",\"html\":\"<p>Officials"
        + "\\u0002\\u0000 said the talks would resume.</p>\"}\n"));
  }

  @Test
  void aFileMostlyOfNulBytesIsBinary() {
    byte[] nuls = concat(utf8("Officials said"), new byte[4096], utf8(" the talks resumed."));
    assertThat(failure("nuls.txt", nuls)).isEqualTo("binary file (contains NUL bytes), not a news article");
  }

  // --- XML attacks

  @Test
  void aFeedNeverReadsAFileOutsideThroughAnExternalEntity(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-TOKEN");
    Path dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">");
    List<String> attacks = List.of(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri()
            + "\">]><rss><channel><item><description>&leak;</description></item></channel></rss>",
        "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\"><rss><channel>"
            + "<item><description>&leak;</description></item></channel></rss>",
        "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY % ext SYSTEM \"" + dtd.toUri()
            + "\"> %ext;]><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content>&leak;"
            + "</content></entry></feed>",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri()
            + "\">]><rss><channel><item><description>Officials said the talks resumed."
            + "</description></item></channel></rss>");
    for (String attack : attacks) {
      ReadOutcome outcome = ingest.read(Source.of("evil.rss", utf8(attack)));
      if (outcome instanceof ReadOutcome.Read read) {
        assertThat(read.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("SECRET"));
      } else {
        assertThat(failure(outcome)).doesNotContain("SECRET");
      }
    }
    ReadOutcome.Read page = read("evil.html", utf8("<!DOCTYPE html [<!ENTITY leak SYSTEM \""
        + secret.toUri() + "\">]><html><body><p>Officials said &leak; the talks resumed.</p>"
        + "</body></html>"));
    assertThat(page.articles().get(0).text()).doesNotContain("SECRET");
  }

  @Test
  void aParserMessageQuotingTheInputStaysOnOneLine() {
    assertThat(failure("broken.atom", utf8("<?xml version=\"?>\r\n<feed xt=\"x\"><entry/></feed>")))
        .startsWith("not a well-formed XML feed (line 2, column ")
        .endsWith(": XML version \"?> <feed xt=\" is not supported, only XML 1.0 is supported.");
  }

  @Test
  void billionLaughsInRssAndAtomFailWithoutExpanding() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String rss = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd + "]><rss><channel><item>"
        + "<description>&lol9;</description></item></channel></rss>";
    String atom = "<?xml version=\"1.0\"?><!DOCTYPE feed [" + dtd + "]><feed xmlns="
        + "\"http://www.w3.org/2005/Atom\"><entry><title>&lol9;</title><content>&lol9;</content>"
        + "</entry></feed>";
    assertThat(failure("laughs.rss", utf8(rss))).startsWith("not a well-formed XML feed");
    assertThat(failure("laughs.atom", utf8(atom))).startsWith("not a well-formed XML feed");
  }

  // --- impossible dates

  @Test
  void impossibleDatesAreIgnoredWherePagesFeedsAndExportsGiveThem() {
    for (String date : List.of("0000-00-00", "99999-01-01", "+99999-12-31T00:00:00Z",
        "0000-00-00T00:00:00Z", "2025-13-45", "-0001-01-01", "9999-99-99")) {
      Article meta = only("meta.html", page("<meta property=\"article:published_time\" content=\""
          + date + "\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
          + "\"datePublished\":\"" + date + "\",\"dateModified\":\"" + date + "\"}</script>",
          STORY + "<time datetime=\"" + date + "\">" + date + "</time>"));
      assertThat(meta.published()).as(date).isEmpty();
      assertThat(meta.modified()).as(date).isEmpty();
      Article line = only("dates.jsonl", utf8("{\"url\":\"https://example.com/a\",\"published\":\""
          + date + "\",\"text\":\"Officials said the talks would resume.\"}"));
      assertThat(line.published()).as(date).isEmpty();
      Article item = only("dates.rss", utf8("<rss><channel><item><link>https://example.com/a"
          + "</link><pubDate>" + date + "</pubDate><description>Officials said the talks would"
          + " resume.</description></item></channel></rss>"));
      assertThat(item.published()).as(date).isEmpty();
    }
  }

  @Test
  void aYearWithTooManyDigitsInJsonLdDoesNotFailThePage() {
    Article a = only("year.html", page("<script type=\"application/ld+json\">{\"@type\":"
        + "\"NewsArticle\",\"datePublished\":999999999999999999999,\"headline\":{\"x\":[1]}}"
        + "</script>", STORY));
    assertThat(a.published()).isEmpty();
  }

  @Test
  void aStackOverflowWhileReadingFailsThatInputOnly() {
    Source deep = new Source("deep.html", () -> {
      throw new StackOverflowError();
    });
    assertThat(failure(ingest.read(deep)))
        .isEqualTo("could not be read: nested or repeated too deeply (stack overflow)");
    assertThat(ingest.read(Source.of("next.html", page("", STORY))))
        .isInstanceOf(ReadOutcome.Read.class);
  }

  @Test
  void aFeedWithBytesOutsideItsEncodingIsReadAndNothingIsPrinted() {
    byte[] feed = concat(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><item>"
        + "<description>Caf"), new byte[] {(byte) 0xE9}, utf8(" owners said the talks would"
        + " resume.</description></item></channel></rss>"));
    java.io.PrintStream saved = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Article a;
    try {
      System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
      a = only("latin.rss", feed);
    } finally {
      System.setErr(saved);
    }
    assertThat(a.text()).isEqualTo("Café owners said the talks would resume.");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
