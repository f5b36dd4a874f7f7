package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dossier.ingest.IngestException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void decodesUtf8() {
    DecodedText d = decoder.decode("a.txt", "Trump says ‘insisted’ — café".getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("Trump says ‘insisted’ — café");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void decodesWindows1252WithoutMojibakeAndSaysSo() {
    byte[] bytes = "He said “no” to the café’s owner".getBytes(Charset.forName("windows-1252"));
    DecodedText d = decoder.decode("legacy.txt", bytes);
    assertThat(d.text()).isEqualTo("He said “no” to the café’s owner");
    assertThat(d.warnings()).containsExactly("not valid UTF-8; decoded as windows-1252");
  }

  @Test
  void honoursAUtf8ByteOrderMarkAndDropsIt() {
    byte[] body = "Erbil".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(decoder.decode("bom.txt", bytes).text()).isEqualTo("Erbil");
  }

  @Test
  void decodesUtf16WithByteOrderMark() {
    byte[] bytes = "\uFEFFTehran".getBytes(StandardCharsets.UTF_16LE);
    assertThat(decoder.decode("u16.txt", bytes).text()).isEqualTo("Tehran");
  }

  @Test
  void repairsTextThatWasDecodedTwice() {
    String mojibake = new String("Iran’s “deal”".getBytes(StandardCharsets.UTF_8),
        Charset.forName("windows-1252"));
    DecodedText d = decoder.decode("double.txt", mojibake.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("Iran’s “deal”");
    assertThat(d.warnings()).containsExactly("repaired text that had been decoded twice (mojibake)");
  }

  @Test
  void rejectsAnEmptyFile() {
    assertThatThrownBy(() -> decoder.decode("empty.txt", new byte[0]))
        .isInstanceOf(IngestException.class)
        .hasMessage("empty file");
  }

  @Test
  void rejectsAWhitespaceOnlyFile() {
    assertThatThrownBy(() -> decoder.decode("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("blank file: only whitespace");
  }

  @Test
  void rejectsAPngImageByName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThatThrownBy(() -> decoder.decode("photo.png", png))
        .isInstanceOf(IngestException.class)
        .hasMessage("binary file (PNG image), not a news article")
        .extracting(e -> ((IngestException) e).source()).isEqualTo("photo.png");
  }

  @Test
  void rejectsUnknownBinaryFullOfNulBytes() {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0 : 'a');
    }
    assertThatThrownBy(() -> decoder.decode("blob.bin", bytes))
        .hasMessage("binary file (contains NUL bytes), not a news article");
  }

  @Test
  void normalizesLineBreaksAndDropsControlCharacters() {
    String text = decoder.decode("crlf.txt", "a\r\nb\rc\u0007d".getBytes(StandardCharsets.UTF_8)).text();
    assertThat(text).isEqualTo("a\nb\ncd");
  }
}
