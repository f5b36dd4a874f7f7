package org.dossier.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dossier.ingest.Source;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Finds where the next WARC record starts at or after an offset, to resume after a corrupt one:
 * the next {@code WARC/1.} line in a plain WARC, the next gzip member header in a per-record
 * gzipped one. Thread-safe.
 */
final class RecordBoundary {

  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};

  private RecordBoundary() {
  }

  /** The offset of the next record at or after {@code from}, or -1 if there is none. */
  static long next(Source source, long from, WarcCompression compression) throws IOException {
    boolean gzip = compression == WarcCompression.GZIP;
    byte[] marker = gzip ? GZIP_MEMBER : WARC_LINE;
    try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
      in.skipNBytes(from);
      long found = find(in, marker);
      // A plain WARC record starts after the newline the marker begins with.
      return found < 0 ? -1 : from + found + (gzip ? 0 : 1);
    }
  }

  // Streaming search for {@code marker}: returns its offset in {@code in}, or -1.
  private static long find(InputStream in, byte[] marker) throws IOException {
    int matched = 0;
    long position = 0;
    int b;
    while ((b = in.read()) != -1) {
      if (b == (marker[matched] & 0xFF)) {
        matched++;
        if (matched == marker.length) {
          return position - marker.length + 1;
        }
      } else {
        matched = b == (marker[0] & 0xFF) ? 1 : 0;
      }
      position++;
    }
    return -1;
  }
}
