package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Expands what a user names on the command line into inputs: files as they are, directories
 * walked recursively in name order (hidden entries skipped), {@code -} for standard input.
 * A path that does not exist still yields an input, one that fails with a clear message when read,
 * so one bad argument never hides the others.
 */
public final class SourceWalker {

  private final Supplier<InputStream> stdin;
  private final long maxBytes;

  public SourceWalker(Supplier<InputStream> stdin, long maxBytes) {
    this.stdin = stdin;
    this.maxBytes = maxBytes;
  }

  public Stream<Source> walk(List<String> arguments) {
    return arguments.stream().flatMap(this::expand);
  }

  private Stream<Source> expand(String argument) {
    if (argument.equals("-")) {
      return Stream.of(standardInput());
    }
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      return files(path);
    }
    if (!Files.exists(path)) {
      return Stream.of(new Source(argument, () -> {
        throw new NoSuchFileException(argument);
      }));
    }
    return Stream.of(Source.of(path));
  }

  private Source standardInput() {
    // Standard input can be read only once: take its bytes now.
    try {
      byte[] bytes = Inputs.readCapped("-", stdin.get(), maxBytes);
      return Source.of("-", bytes);
    } catch (IngestException e) {
      return new Source("-", () -> {
        throw new IOException(e.getMessage());
      });
    }
  }

  private static Stream<Source> files(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      List<Path> files = walk
          .filter(p -> !isHidden(directory, p))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
      return files.stream().map(Source::of);
    } catch (IOException | UncheckedIOException e) {
      String message = e.getMessage();
      return Stream.of(new Source(directory.toString(), () -> {
        throw new IOException("cannot walk directory: " + message);
      }));
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
