package org.dossier.ingest.format;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens an input's bytes for a reader: limits the bytes read from it, undoes gzip compression
 * (limiting what it expands to, so a decompression bomb fails fast with a clear message), and
 * detects the format from the first decompressed bytes and the file name. Thread-safe.
 */
public final class InputOpener {

  /** How much larger than the input limit decompressed data may grow. */
  public static final int EXPANSION_FACTOR = 10;

  private final FormatDetector detector;
  private final long maxBytes;

  public InputOpener(FormatDetector detector, long maxBytes) {
    this.detector = detector;
    this.maxBytes = maxBytes;
  }

  /** Opens {@code raw}, the bytes of an input named {@code fileName}; closes it on failure. */
  public OpenedInput open(String fileName, InputStream raw) throws IOException {
    try {
      InputStream capped = new BufferedInputStream(new CappedInputStream(raw, maxBytes,
          "input is larger than the limit of " + mebibytes(maxBytes)
              + " MiB (raise it with --max-input-mb)"), 1 << 16);
      boolean gzipped = isGzip(capped);
      InputStream content = capped;
      if (gzipped) {
        long limit = maxBytes * EXPANSION_FACTOR;
        content = new BufferedInputStream(new CappedInputStream(
            new GzipStream(capped), limit, "gzip data expands past the limit of "
                + mebibytes(limit) + " MiB (" + EXPANSION_FACTOR
                + "× the input limit; a decompression bomb?)"), 1 << 16);
      }
      byte[] head = peek(content, FormatDetector.SNIFF_BYTES);
      return new OpenedInput(detector.detect(fileName, head), gzipped, content);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** Whether {@code in} (which must support mark) starts with the gzip magic number. */
  public static boolean isGzip(InputStream in) throws IOException {
    byte[] magic = peek(in, 2);
    return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
  }

  static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  static long mebibytes(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }

  /** Gzip decompression whose failures say what went wrong in the user's terms. */
  private static final class GzipStream extends InputStream {
    private final InputStream compressed;
    private GZIPInputStream gzip;

    GzipStream(InputStream compressed) {
      this.compressed = compressed;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        if (gzip == null) {
          gzip = new GZIPInputStream(compressed, 1 << 16);
        }
        return gzip.read(b, off, len);
      } catch (EOFException e) {
        throw new IOException("truncated gzip data: the compressed stream ends unexpectedly", e);
      } catch (ZipException e) {
        throw new IOException("corrupt gzip data: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws IOException {
      if (gzip != null) {
        gzip.close();
      } else {
        compressed.close();
      }
    }
  }
}
