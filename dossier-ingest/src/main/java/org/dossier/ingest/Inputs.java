package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;

/** Reads input bytes with a size cap and turns I/O failures into messages a user understands. */
final class Inputs {

  private Inputs() {
  }

  static byte[] readCapped(String source, InputStream in, long maxBytes) {
    try (in) {
      byte[] buffer = new byte[(int) Math.min(maxBytes + 1, 1 << 16)];
      int size = 0;
      int n;
      while ((n = in.read(buffer, size, buffer.length - size)) != -1) {
        size += n;
        if (size > maxBytes) {
          throw new IngestException(source, "input is larger than the limit of "
              + maxBytes / (1024 * 1024) + " MiB (raise it with --max-input-mb)");
        }
        if (size == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1, (long) buffer.length * 2));
        }
      }
      return Arrays.copyOf(buffer, size);
    } catch (IOException e) {
      throw new IngestException(source, describe(e), e);
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
