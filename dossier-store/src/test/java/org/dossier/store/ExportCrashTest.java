package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export killed at any moment leaves no half file under a final name and a sound store. */
class ExportCrashTest {

  private static final int ARTICLES = 600;
  private static final int KILLS = Integer.getInteger("dossier.crash.kills", 4);

  @TempDir
  Path dir;

  @Test
  void anExportKilledAtRandomMomentsLeavesOnlyWholeFilesAndARerunCompletesIt() throws Exception {
    Path db = dir.resolve("export.duckdb");
    try (DossierStore store = DossierStore.open(db)) {
      List<StoreItem> items = new ArrayList<>();
      for (int n = 0; n < ARTICLES; n++) {
        items.add(StoreItem.of(SyntheticArticles.nth(n)));
      }
      store.write(items);
    }
    Path reference = dir.resolve("reference");
    try (DossierStore store = DossierStore.openReadOnly(db)) {
      store.export(reference, ExportFormat.CSV);
    }
    Map<String, Long> whole = lineCounts(reference);
    Random random = new Random(20260211L);
    Path out = dir.resolve("out");
    for (int kill = 0; kill < KILLS; kill++) {
      try (ChildProcess child = ChildProcess.start(dir.resolve("export-" + kill + ".log"),
          "export", db.toString(), out.toString(), "1000")) {
        assertThat(child.awaitLine("ready")).as("child opened the store").isTrue();
        Thread.sleep(200 + random.nextInt(2000));
        child.kill();
      }
      lineCounts(out).forEach((file, lines) -> assertThat(lines)
          .as("%s under its final name is whole", file).isEqualTo(whole.get(file)));
    }
    try (ChildProcess child = ChildProcess.start(dir.resolve("export-final.log"), "export",
        db.toString(), out.toString())) {
      assertThat(child.await()).isZero();
    }
    assertThat(lineCounts(out)).isEqualTo(whole);
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.check().consistent()).isTrue();
      assertThat(store.stats().count("articles")).isEqualTo(ARTICLES);
    }
  }

  // Files under their final names (a killed COPY leaves only *.part files behind) and lines.
  private static Map<String, Long> lineCounts(Path folder) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return counts;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".part")).toList()) {
        try (Stream<String> lines = Files.lines(file)) {
          counts.put(file.getFileName().toString(), lines.count());
        }
      }
    }
    return counts;
  }
}
