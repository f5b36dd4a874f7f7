package org.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.extract.SharedModels;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who is who in the reference article, as issue 5 spells out. */
class SeedEntitiesIT {

  private static AnalyzedArticle seed;

  @BeforeAll
  static void analyze() {
    assumeTrue(SharedModels.seed().isPresent(), "the reference article is in ../shared/seed");
    seed = SharedModels.seed().get();
  }

  private static Entity entity(String name) {
    return seed.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + seed.entities()));
  }

  private static List<String> mentions(String name) {
    return entity(name).mentions().stream().map(Mention::text).toList();
  }

  @Test
  void trumpIsOneEntityUnderNameTitleAndDescriptor() {
    assertThat(entity("Donald Trump").id()).isEqualTo("Q22686");
    assertThat(entity("Donald Trump").roles()).contains(new Role("President", Optional.of("US")));
    assertThat(mentions("Donald Trump")).contains("Donald Trump", "Trump", "the US president",
        "the former");
  }

  @Test
  void netanyahuIsTheIsraeliPremier() {
    assertThat(entity("Benjamin Netanyahu").id()).isEqualTo("Q43723");
    assertThat(mentions("Benjamin Netanyahu")).contains("Benjamin Netanyahu", "Netanyahu",
        "the Israeli premier");
  }

  @Test
  void araghchiIsOneEntityDespiteTheMisspelling() {
    assertThat(seed.entities()).filteredOn(e -> e.name().contains("Ara")).hasSize(1);
    assertThat(mentions("Abbas Araghchi")).contains("Abbas Aragchi", "Araghchi",
        "the Iranian top diplomat", "the latter");
    assertThat(entity("Abbas Araghchi").roles())
        .contains(new Role("Foreign Minister", Optional.of("IR")));
  }

  @Test
  void capitalsActingAsGovernmentsAreTheirCountries() {
    assertThat(mentions("United States")).contains("Washington");
    assertThat(mentions("Iran")).contains("Tehran");
    assertThat(mentions("Oman")).contains("Omani");
  }

  @Test
  void placesAreOnTheMap() {
    assertThat(entity("Muscat").countryCode()).contains("OM");
    assertThat(entity("Muscat").location()).isPresent();
    assertThat(entity("Erbil").countryCode()).contains("IQ");
    assertThat(entity("White House").countryCode()).contains("US");
  }

  @Test
  void platformsAreMedia() {
    assertThat(mentions("Truth Social")).containsOnly("Truth Social");
    assertThat(mentions("X")).containsExactly("X");
  }
}
