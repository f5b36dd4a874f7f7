package org.dossier.knowledge;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.dossier.knowledge.internal.GeonamesReader;

/**
 * The user's own knowledge beside the shipped one: a folder ({@code $DOSSIER_HOME/knowledge},
 * default {@code ~/.dossier/knowledge}) that holds an imported GeoNames dump. Every command that
 * analyzes loads {@link #knowledge()}, so a dump imported once serves every later run.
 *
 * <pre>{@code
 * KnowledgeHome home = KnowledgeHome.fromEnvironment();
 * home.importGeonames(Path.of("cities15000.zip"));   // validated, then copied in whole
 * KnowledgeBase kb = home.knowledge();                // shipped places plus the dump's
 * }</pre>
 */
public record KnowledgeHome(Path folder) {

  private static final String GEONAMES_TXT = "geonames.txt";
  private static final String GEONAMES_ZIP = "geonames.zip";

  public KnowledgeHome {
    requireNonNull(folder, "folder");
  }

  /** {@code $DOSSIER_HOME/knowledge}, or {@code ~/.dossier/knowledge} when it is not set. */
  public static KnowledgeHome fromEnvironment() {
    String home = System.getenv("DOSSIER_HOME");
    Path base = home == null || home.isBlank()
        ? Path.of(System.getProperty("user.home"), ".dossier") : Path.of(home);
    return new KnowledgeHome(base.resolve("knowledge"));
  }

  /** The imported GeoNames dump, if there is one. */
  public Optional<Path> geonamesDump() {
    for (String name : new String[] {GEONAMES_ZIP, GEONAMES_TXT}) {
      Path dump = folder.resolve(name);
      if (Files.isRegularFile(dump)) {
        return Optional.of(dump);
      }
    }
    return Optional.empty();
  }

  /** The shipped knowledge plus the imported dump's places, when a dump was imported. */
  public KnowledgeBase knowledge() {
    return geonamesDump().map(KnowledgeBase::builtIn).orElseGet(KnowledgeBase::builtIn);
  }

  /**
   * Reads the dump in full (a malformed one is an {@link IllegalArgumentException} naming the
   * file and line, an empty one names the file; both leave the folder as it was), then copies it in under a temporary name and
   * moves it into place, replacing any earlier import. Returns the number of places read.
   */
  public int importGeonames(Path dump) {
    requireNonNull(dump, "dump");
    int places = GeonamesReader.read(dump).size();
    if (places == 0) {
      throw new IllegalArgumentException(dump + ": holds no places in the GeoNames cities format");
    }
    boolean zip = dump.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    Path target = folder.resolve(zip ? GEONAMES_ZIP : GEONAMES_TXT);
    try {
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, "geonames-", ".partial");
      try {
        Files.copy(dump, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      // Only one dump is live: an older import of the other form would shadow or be shadowed.
      Files.deleteIfExists(folder.resolve(zip ? GEONAMES_TXT : GEONAMES_ZIP));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot import " + dump + " into " + folder + ": "
          + e.getMessage(), e);
    }
    return places;
  }
}
