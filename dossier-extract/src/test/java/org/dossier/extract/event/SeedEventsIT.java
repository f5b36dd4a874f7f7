package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.extract.SharedModels;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.EventActor;
import org.dossier.model.PoliticalEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who did what to whom, where and when in the reference article, as issue 7 spells out. */
class SeedEventsIT {

  private static AnalyzedArticle seed;

  @BeforeAll
  static void analyze() {
    assumeTrue(SharedModels.seed().isPresent(), "the reference article is in ../shared/seed");
    seed = SharedModels.seed().get();
  }

  /** The events of that type whose source and target are of those countries. */
  private static List<PoliticalEvent> events(String code, String source, String target) {
    return seed.events().stream().filter(e -> e.code().equals(code)
        && e.source().countryCode().equals(Optional.of(source))
        && e.target().flatMap(EventActor::countryCode).equals(Optional.ofNullable(target)))
        .toList();
  }

  private static PoliticalEvent event(String code, String source, String target, String date) {
    List<PoliticalEvent> found = events(code, source, target).stream()
        .filter(e -> e.date().equals(date)).toList();
    assertThat(found).as("%s %s -> %s on %s among %s", code, source, target, date, seed.events())
        .isNotEmpty();
    return found.get(0);
  }

  private static String quoteStart(PoliticalEvent e) {
    assertThat(e.quoteRef()).as("quote of %s", e).isPresent();
    return seed.quotes().get(e.quoteRef().get()).text();
  }

  @Test
  void trumpMetNetanyahuAtTheWhiteHouseOnWednesday() {
    PoliticalEvent meeting = event("CONSULT", "US", "IL", "2026-02-11");
    assertThat(meeting.source().name()).isEqualTo("Donald Trump");
    assertThat(meeting.target()).hasValueSatisfying(t -> assertThat(t.name())
        .isEqualTo("Benjamin Netanyahu"));
    assertThat(meeting.location()).hasValueSatisfying(l -> {
      assertThat(l.name()).isEqualTo("White House");
      assertThat(l.countryCode()).contains("US");
    });
    assertThat(meeting.dateFromText()).isTrue();
  }

  @Test
  void theUnitedStatesAndIranTalkedInMuscatOnFridayWithOmanHosting() {
    PoliticalEvent talks = event("CONSULT", "US", "IR", "2026-02-06");
    assertThat(event("CONSULT", "IR", "US", "2026-02-06")).isNotNull();
    assertThat(talks.location()).hasValueSatisfying(l -> {
      assertThat(l.name()).isEqualTo("Muscat");
      assertThat(l.countryCode()).contains("OM");
      assertThat(l.lat()).isPresent();
    });
    assertThat(talks.mode()).contains("third-party");
  }

  @Test
  void washingtonAndTehranRestartingIndirectNegotiationsIsBothSides() {
    assertThat(events("CONSULT", "US", "IR")).anyMatch(e -> e.mode().equals(Optional.of("third-party"))
        && e.sentence().contains("restarted indirect negotiations"));
    assertThat(events("CONSULT", "IR", "US")).anyMatch(e ->
        e.sentence().contains("restarted indirect negotiations"));
  }

  @Test
  void israelAttackedIranWithUsParticipationInJune2025() {
    PoliticalEvent israel = event("ASSAULT", "IL", "IR", "2025-06");
    assertThat(israel.quadClass()).isEqualTo(4);
    assertThat(israel.dateFromText()).isTrue();
    assertThat(event("ASSAULT", "US", "IR", "2025-06")).isNotNull();
  }

  @Test
  void trumpsRhetoricThreatensIranWithMilitaryIntervention() {
    assertThat(events("THREATEN", "US", "IR")).anyMatch(e -> e.source().name().equals("Donald Trump")
        && e.sentence().contains("threatening another round of military intervention"));
  }

  @Test
  void araghchiAccusesIsraelOnXInJanuary() {
    PoliticalEvent accusation = event("ACCUSE", "IR", "IL", "2026-01");
    assertThat(accusation.source().name()).isEqualTo("Abbas Araghchi");
    assertThat(quoteStart(accusation)).startsWith("Israel has always sought to drag the US");
  }

  @Test
  void trumpDemandsThatIranHaveNoNuclearWeapons() {
    PoliticalEvent demand = events("REQUEST", "US", "IR").stream()
        .filter(e -> e.sentence().contains("no nuclear weapons")).findFirst().orElseThrow();
    assertThat(demand.source().name()).isEqualTo("Donald Trump");
    assertThat(quoteStart(demand)).isEqualTo("no nuclear weapons");
  }

  @Test
  void iranianAuthoritiesCrackedDownOnProtesters() {
    PoliticalEvent crackdown = events("COERCE", "IR", "IR").stream().findFirst().orElseThrow();
    assertThat(crackdown.source().sector()).contains("GOV");
    assertThat(crackdown.target()).hasValueSatisfying(t -> assertThat(t.sector()).contains("CVL"));
    assertThat(crackdown.cameo()).isEqualTo("175");
  }

  @Test
  void theUsNavalArmadaIsAShowOfForce() {
    assertThat(seed.events()).anyMatch(e -> e.code().equals("MOBILIZE")
        && e.source().countryCode().equals(Optional.of("US")) && e.sentence().contains("armada"));
  }

  @Test
  void theUnitedStatesInvadedIraqIn2003() {
    PoliticalEvent invasion = event("ASSAULT", "US", "IQ", "2003");
    assertThat(invasion.sentence()).contains("US-led invasion of Iraq");
  }

  @Test
  void whatMayHappenShouldAnAgreementNotBeReachedIsNoEvent() {
    assertThat(seed.events()).noneMatch(e -> e.code().equals("AGREE")
        && e.sentence().contains("should an agreement not be reached"));
  }

  @Test
  void noPredicateIsCodedTwice() {
    List<String> keys = seed.events().stream().map(e -> e.code() + e.source().entityId()
        + e.source().sector() + e.target().map(EventActor::entityId) + e.date()).toList();
    assertThat(keys).doesNotHaveDuplicates();
  }

  @Test
  void everyEventCarriesItsQuadClassAndEvidence() {
    assertThat(seed.events()).allSatisfy(e -> {
      assertThat(e.quadClass()).isBetween(1, 4);
      assertThat(seed.article().text().substring(e.start(), e.end())).isEqualTo(e.sentence());
    });
  }
}
