package org.dossier.ingest.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than a limit have been read, then fails with an
 * {@link InputLimitException} carrying a message: what bounds memory for oversized inputs and
 * decompression bombs. Not thread-safe.
 */
public final class CappedInputStream extends FilterInputStream {

  private final long limit;
  private final String message;
  private long count;

  public CappedInputStream(InputStream in, long limit, String message) {
    super(in);
    this.limit = limit;
    this.message = message;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) throws InputLimitException {
    count += n;
    if (count > limit) {
      throw new InputLimitException(message);
    }
  }
}
