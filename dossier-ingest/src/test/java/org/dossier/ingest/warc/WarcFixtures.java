package org.dossier.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC files in memory, record by record, for tests. */
final class WarcFixtures {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzip;
  private int records;

  WarcFixtures(boolean gzip) {
    this.gzip = gzip;
  }

  /** Appends a response record for {@code url} whose HTML is encoded in {@code charset}. */
  WarcFixtures response(String url, String contentType, String html, Charset charset) {
    byte[] body = html.getBytes(charset);
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
    return record("response", url, "application/http; msgtype=response", http, "WARC/1.1");
  }

  /** Appends a record whose version line is garbled, as a corrupt file would have it. */
  WarcFixtures corrupt(String url) {
    byte[] http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>lost</p>"
        .getBytes(StandardCharsets.ISO_8859_1);
    return record("response", url, "application/http; msgtype=response", http, "WARX/9.9");
  }

  private WarcFixtures record(String type, String url, String contentType, byte[] block,
      String version) {
    records++;
    String header = version + "\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url
        + "\r\nWARC-Date: 2019-11-19T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
        + String.format("%012d", records) + ">\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    byte[] record = concat(concat(header.getBytes(StandardCharsets.ISO_8859_1), block),
        "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    write(gzip ? gzipped(record) : record);
    return this;
  }

  /** The offset the next record will start at. */
  int size() {
    return out.size();
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  private void write(byte[] bytes) {
    out.writeBytes(bytes);
  }

  static byte[] gzipped(byte[] bytes) {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return zipped.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
