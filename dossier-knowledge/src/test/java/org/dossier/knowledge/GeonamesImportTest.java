package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeonamesImportTest {

  @Test
  void importsGeonamesDump() {
    Path dump = Path.of(System.getProperty("dossier.shared", "../shared"),
        "eval", "gazetteer", "cities15000.zip");
    assumeTrue(Files.isRegularFile(dump), "no GeoNames dump at " + dump);

    KnowledgeBase kb = KnowledgeBase.builtIn(dump);

    assertThat(kb.places()).hasSizeGreaterThan(30000);
    Place zakho = kb.place("Zakho", Optional.of("IQ")).orElseThrow();
    assertThat(zakho.id()).isEqualTo("geonames:89570");
    assertThat(zakho.countryCode()).isEqualTo("IQ");
    assertThat(kb.places("Tehran")).first().extracting(Place::kind).isEqualTo(PlaceKind.CAPITAL);
    // The shipped Erbil wins; the dump's Erbil, a few hundred metres away, is dropped.
    assertThat(kb.places("Erbil")).extracting(Place::id).containsExactly("dossier:place:iq:erbil");
    assertThat(kb.countryByDemonym("Omani")).isPresent();
  }

  @Test
  void malformedDumpIsReportedWithFileAndLine() throws URISyntaxException {
    Path broken = Path.of(getClass().getResource("/geonames/broken-cities.txt").toURI());
    assertThatThrownBy(() -> KnowledgeBase.builtIn(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(broken + ":2: expected 19 tab-separated columns of the GeoNames cities format,"
            + " found 2");
  }

  @Test
  void missingDumpIsReportedWithItsPath() {
    Path missing = Path.of("no-such-dir", "cities15000.txt");
    assertThatThrownBy(() -> KnowledgeBase.builtIn(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(missing + ": cannot read GeoNames dump");
  }
}
