package org.dossier.ingest;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input to read: a name for messages and records (a path, a URL, {@code -} for stdin) and a
 * way to open its bytes. Opening is deferred so a walk over a large directory holds one file at a
 * time.
 */
public record Source(String name, Opener opener) {

  /** Opens the bytes of a source; each call returns a fresh stream. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public Source {
    requireNonNull(name, "name");
    requireNonNull(opener, "opener");
  }

  public static Source of(Path path) {
    return new Source(path.toString(), () -> Files.newInputStream(path));
  }

  public static Source of(String name, byte[] bytes) {
    return new Source(name, () -> new ByteArrayInputStream(bytes));
  }

  public InputStream open() throws IOException {
    return opener.open();
  }

  /** The lower-case file name, for format detection by extension. */
  public String fileName() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
