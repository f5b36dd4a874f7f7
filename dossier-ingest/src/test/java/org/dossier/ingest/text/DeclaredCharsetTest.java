package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeclaredCharsetTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void readsTheCharsetOfAContentTypeHeader() {
    assertThat(DeclaredCharset.fromContentType("text/html; charset=\"UTF-8\""))
        .contains(StandardCharsets.UTF_8);
    assertThat(DeclaredCharset.fromContentType("text/html")).isEmpty();
  }

  @Test
  void readsMetaCharsetHttpEquivAndXmlDeclarations() {
    assertThat(DeclaredCharset.fromMarkup("<meta charset=utf-8>".getBytes(StandardCharsets.US_ASCII)))
        .contains(StandardCharsets.UTF_8);
    assertThat(DeclaredCharset.fromMarkup(("<meta http-equiv=\"Content-Type\" "
        + "content=\"text/html; charset=Shift_JIS\">").getBytes(StandardCharsets.US_ASCII)))
        .contains(Charset.forName("Shift_JIS"));
    assertThat(DeclaredCharset.fromMarkup("<?xml version='1.0' encoding='koi8-r'?>"
        .getBytes(StandardCharsets.US_ASCII))).contains(Charset.forName("KOI8-R"));
  }

  @Test
  void readsLatin1LabelsAsWindows1252LikeBrowsers() {
    assertThat(DeclaredCharset.forLabel("ISO-8859-1")).contains(CP1252);
    assertThat(DeclaredCharset.forLabel("us-ascii")).contains(CP1252);
    assertThat(DeclaredCharset.forLabel("no-such-charset")).isEmpty();
  }
}
