package org.dossier.bench.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The TempEval-3 development documents (TimeBank and AQUAINT, {@code *.tml}) read from the
 * shared evaluation folder, {@code ${dossier.shared}/eval/tempeval3}; the files stay there and
 * are never copied into the project.
 */
public final class TempEvalCorpus {

  private TempEvalCorpus() {
  }

  /** {@code ${dossier.shared}/eval/tempeval3}; dossier.shared defaults to ../shared. */
  public static Path folder() {
    return Path.of(System.getProperty("dossier.shared", "../shared"), "eval", "tempeval3");
  }

  public static boolean available() {
    return Files.isDirectory(folder());
  }

  /** Every document under the folder, in path order. */
  public static List<TimeMlDocument> load() {
    try (Stream<Path> files = Files.walk(folder())) {
      return files.filter(p -> p.toString().endsWith(".tml")).sorted()
          .map(TempEvalCorpus::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list TempEval-3 documents in " + folder(), e);
    }
  }

  private static TimeMlDocument read(Path file) {
    try {
      return TimeMlDocument.parse(file.getFileName().toString(),
          Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read TempEval-3 document " + file, e);
    }
  }
}
