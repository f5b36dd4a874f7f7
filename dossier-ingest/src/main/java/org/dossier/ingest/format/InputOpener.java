package org.dossier.ingest.format;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dossier.ingest.text.BinarySignature;

/**
 * Opens an input's bytes for a reader: limits the bytes read from it, undoes gzip compression
 * (limiting what it expands to by the same input limit, since readers hold a page or feed whole:
 * a decompression bomb fails fast with a clear message and bounded memory), refuses inputs with
 * nothing to read (empty, blank, a known binary format), and detects the format from the first
 * decompressed bytes and the file name. Thread-safe.
 */
public final class InputOpener {

  /** Text has next to no NULs; more than this share of the head marks a binary file. */
  private static final double MAX_NUL_SHARE = 0.01;

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
        content = new BufferedInputStream(new CappedInputStream(
            new GzipStream(capped), maxBytes, "gzip data expands past the input limit of "
                + mebibytes(maxBytes) + " MiB (raise it with --max-input-mb;"
                + " a decompression bomb?)"), 1 << 16);
      }
      byte[] head = peekLeniently(content, FormatDetector.SNIFF_BYTES);
      InputFormat format = detector.detect(fileName, head);
      rejectUnreadable(head, format);
      return new OpenedInput(format, gzipped, content);
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

  /**
   * The first {@code n} bytes, or those before a read error: a reader that needs more meets the
   * error again, but a WARC reader that resumes after a corrupt record can still start.
   */
  static byte[] peekLeniently(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = new byte[n];
    int size = 0;
    try {
      int read;
      while (size < n && (read = in.read(head, size, n - size)) != -1) {
        size += read;
      }
    } catch (InputLimitException e) {
      throw e;
    } catch (IOException e) {
      if (size == 0) {
        throw e;
      }
    }
    in.reset();
    return java.util.Arrays.copyOf(head, size);
  }

  /** Refuses an input whose head shows there is nothing to read in it. */
  private static void rejectUnreadable(byte[] head, InputFormat format)
      throws UnreadableInputException {
    if (head.length == 0) {
      throw new UnreadableInputException("empty file");
    }
    if (head.length < FormatDetector.SNIFF_BYTES && isBlank(head)) {
      throw new UnreadableInputException("blank file: only whitespace");
    }
    Optional<String> binary = BinarySignature.of(head);
    if (binary.isPresent()) {
      throw new UnreadableInputException("binary file (" + binary.get() + "), not a news article");
    }
    // A crawl's records may hold images: NULs after a WARC header say nothing about the file.
    boolean crawl = format == InputFormat.WARC
        && FormatDetector.leadingText(head).startsWith("WARC/");
    if (!crawl && !startsWithUtf16Mark(head) && nulShare(head) > MAX_NUL_SHARE) {
      throw new UnreadableInputException("binary file (contains NUL bytes), not a news article");
    }
  }

  private static boolean startsWithUtf16Mark(byte[] head) {
    int b0 = head[0] & 0xFF;
    int b1 = head.length > 1 ? head[1] & 0xFF : 0;
    return b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF;
  }

  private static double nulShare(byte[] head) {
    int nul = 0;
    for (byte b : head) {
      if (b == 0) {
        nul++;
      }
    }
    return (double) nul / head.length;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
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
