package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeHomeTest {

  /** One city in the 19-column GeoNames format; the shipped gazetteer does not know it. */
  private static final String AMEDI = String.join("\t", "9000001", "Amedi", "Amedi",
      "Amadiya,Amadiyah", "37.0925", "43.4877", "P", "PPL", "IQ", "", "", "", "", "", "6000",
      "", "1200", "Asia/Baghdad", "2024-01-01") + "\n";

  @TempDir
  Path dir;

  @Test
  void anImportedDumpServesEveryLaterLoad() throws Exception {
    Path dump = Files.writeString(dir.resolve("cities.txt"), AMEDI);
    KnowledgeHome home = new KnowledgeHome(dir.resolve("home"));
    assertThat(home.knowledge().place("Amadiya", Optional.of("IQ"))).isEmpty();

    assertThat(home.importGeonames(dump)).isEqualTo(1);

    assertThat(home.geonamesDump()).contains(dir.resolve("home/geonames.txt"));
    Place amedi = new KnowledgeHome(dir.resolve("home")).knowledge()
        .place("Amadiya", Optional.of("IQ")).orElseThrow();
    assertThat(amedi.id()).isEqualTo("geonames:9000001");
  }

  @Test
  void aMalformedDumpIsRefusedAndTheEarlierImportStays() throws Exception {
    KnowledgeHome home = new KnowledgeHome(dir.resolve("home"));
    home.importGeonames(Files.writeString(dir.resolve("good.txt"), AMEDI));
    Path broken = Files.writeString(dir.resolve("broken.txt"), AMEDI + "42\tonly two\n");

    assertThatThrownBy(() -> home.importGeonames(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(broken + ":2: expected 19 tab-separated columns of the GeoNames cities format,"
            + " found 2");
    assertThat(Files.readString(home.geonamesDump().orElseThrow())).isEqualTo(AMEDI);
    try (var files = Files.list(dir.resolve("home"))) {
      assertThat(files).extracting(p -> p.getFileName().toString())
          .containsExactly("geonames.txt");
    }
  }

  @Test
  void anEmptyDumpIsRefused() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing\n");
    KnowledgeHome home = new KnowledgeHome(dir.resolve("home"));
    assertThatThrownBy(() -> home.importGeonames(empty))
        .hasMessage(empty + ": holds no places in the GeoNames cities format");
    assertThat(home.geonamesDump()).isEmpty();
  }
}
