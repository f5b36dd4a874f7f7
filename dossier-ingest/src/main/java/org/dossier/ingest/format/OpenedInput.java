package org.dossier.ingest.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input opened for reading: its detected format, whether it was gzip-compressed, and its
 * (decompressed, size-capped) bytes as a stream the caller closes.
 */
public record OpenedInput(InputFormat format, boolean gzipped, InputStream stream)
    implements AutoCloseable {

  public OpenedInput {
    requireNonNull(format, "format");
    requireNonNull(stream, "stream");
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
