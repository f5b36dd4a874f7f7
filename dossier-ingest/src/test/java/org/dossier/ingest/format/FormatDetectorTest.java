package org.dossier.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

  private final FormatDetector detector = new FormatDetector();

  private InputFormat detect(String name, String head) {
    return detector.detect(name, head.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void recognizesUnmistakableContentWhateverTheName() {
    assertThat(detect("a.txt", "WARC/1.1\r\nWARC-Type: warcinfo")).isEqualTo(InputFormat.WARC);
    assertThat(detect("a.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"))
        .isEqualTo(InputFormat.FEED);
    assertThat(detect("a.json", "\uFEFF<?xml version=\"1.0\"?><!-- x --><feed xmlns=\"…\">"))
        .isEqualTo(InputFormat.FEED);
    assertThat(detect("a.xml", "  <!DOCTYPE html><html lang=en>")).isEqualTo(InputFormat.HTML);
  }

  @Test
  void fallsBackToTheExtensionWithGzipDropped() {
    assertThat(detect("page.HTM", "Hello")).isEqualTo(InputFormat.HTML);
    assertThat(detect("page.html.gz", "<div>Hello")).isEqualTo(InputFormat.HTML);
    assertThat(detect("crawl.warc.gz", "")).isEqualTo(InputFormat.WARC);
    assertThat(detect("export.ndjson", "{\"url\": 1}")).isEqualTo(InputFormat.JSONL);
    assertThat(detect("seed.txt", "<b>not really html</b>")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void usesWeakSignsWhenTheNameSaysNothing() {
    assertThat(detect("-", "{\"url\": \"https://example.com\"}")).isEqualTo(InputFormat.JSONL);
    assertThat(detect("-", "<div class=a><p>Hi</p></div>")).isEqualTo(InputFormat.HTML);
    assertThat(detect("-", "ERBIL, Kurdistan Region of Iraq - text")).isEqualTo(InputFormat.TEXT);
  }
}
