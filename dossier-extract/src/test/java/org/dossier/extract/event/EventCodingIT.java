package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.extract.SharedModels;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Dateline;
import org.dossier.model.EventActor;
import org.dossier.model.PoliticalEvent;
import org.junit.jupiter.api.Test;

/**
 * How the event coder reads single sentences: voice, coordination, light verbs, nominal events,
 * negation, conditions, intentions, claims, groups, dates and places. Published on Wednesday
 * 11 February 2026.
 */
class EventCodingIT {

  private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 11);

  private static AnalyzedArticle analyze(String text) {
    return SharedModels.analysis().analyze(Article.builder("event-coding-it", text)
        .published(PUBLISHED).build());
  }

  private static AnalyzedArticle analyzeDatelinedCairo(String text) {
    return SharedModels.analysis().analyze(Article.builder("event-coding-it", text)
        .published(PUBLISHED).dateline(new Dateline("CAIRO", Optional.of("Cairo"),
            Optional.of("EG"), Optional.empty())).build());
  }

  private static List<PoliticalEvent> events(String text) {
    return analyze(text).events();
  }

  /** Asserts that the text has an event of that type between actors of those countries. */
  private static PoliticalEvent assertEvent(String text, String code, String source, String target) {
    List<PoliticalEvent> events = events(text);
    return events.stream().filter(e -> e.code().equals(code)
            && e.source().countryCode().equals(Optional.of(source))
            && e.target().flatMap(EventActor::countryCode).equals(Optional.ofNullable(target)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + code + " " + source + " -> "
            + target + " in '" + text + "': " + events));
  }

  @Test
  void codesPassiveWithAgentAsSource() {
    PoliticalEvent attack = assertEvent(
        "A camp for Congolese refugees was attacked by Burundian militiamen on Tuesday.",
        "ASSAULT", "BI", "CD");
    assertThat(attack.source().sector()).contains("MIL");
    assertThat(attack.target()).hasValueSatisfying(t -> assertThat(t.sector()).contains("REF"));
    assertThat(attack.date()).isEqualTo("2026-02-10");
  }

  @Test
  void codesCoordinatedSubjectsOfAReciprocalActAsBothSides() {
    String text = "Washington and Tehran restarted indirect negotiations on Friday.";
    PoliticalEvent talks = assertEvent(text, "CONSULT", "US", "IR");
    assertEvent(text, "CONSULT", "IR", "US");
    assertThat(talks.mode()).contains("third-party");
    assertThat(talks.date()).isEqualTo("2026-02-06");
  }

  @Test
  void codesTheNounALightVerbTakes() {
    PoliticalEvent talks = assertEvent("Egypt held talks with Israel in Cairo on Monday.",
        "CONSULT", "EG", "IL");
    assertThat(talks.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Cairo"));
    assertThat(events("Egypt held talks with Israel in Cairo on Monday.")).hasSize(1);
  }

  @Test
  void codesNominalEventFromItsModifiers() {
    PoliticalEvent invasion = assertEvent("Historians still debate the 2003 US-led invasion of Iraq.",
        "ASSAULT", "US", "IQ");
    assertThat(invasion.date()).isEqualTo("2003");
    assertThat(invasion.dateFromText()).isTrue();
  }

  @Test
  void codesCrackdownSufferedByProtestersAsTheirGovernmentsAct() {
    PoliticalEvent crackdown = assertEvent(
        "Iranian protesters have faced a brutal crackdown by the authorities.", "COERCE", "IR", "IR");
    assertThat(crackdown.source().sector()).contains("GOV");
    assertThat(crackdown.target()).hasValueSatisfying(t -> assertThat(t.sector()).contains("CVL"));
  }

  @Test
  void skipsNegatedEvent() {
    assertThat(events("Russia did not attack Georgia on Monday.")).isEmpty();
  }

  @Test
  void skipsConditionalEvent() {
    List<PoliticalEvent> events =
        events("Egypt said it would sign the accord if Iran agreed to the terms.");
    assertThat(events).noneMatch(e -> e.source().countryCode().equals(Optional.of("IR")));
    assertThat(events).anyMatch(e -> e.code().equals("AGREE")
        && e.source().countryCode().equals(Optional.of("EG")));
  }

  @Test
  void skipsTheWritersSpeculation() {
    assertThat(events("If Iran enriches uranium further, Israel could strike its nuclear sites."))
        .isEmpty();
  }

  @Test
  void codesThreatenedAttackAsThreat() {
    assertEvent("Iran threatened to attack Israel on Sunday.", "THREATEN", "IR", "IL");
  }

  @Test
  void codesPromisedAidAsAgreement() {
    PoliticalEvent promise = assertEvent("France will send aid to Mali, the defence minister said.",
        "AGREE", "FR", "ML");
    assertThat(promise.cameo()).isEqualTo("033");
    assertThat(promise.quadClass()).isEqualTo(1);
  }

  @Test
  void codesCooperativeActRefusedAsRejection() {
    List<PoliticalEvent> events = events("Palestinians and Israelis failed to reach agreement on Sunday.");
    assertThat(events).anyMatch(e -> e.code().equals("REJECT")
        && e.source().countryCode().equals(Optional.of("PS")));
    assertThat(events).noneMatch(e -> e.code().equals("AGREE"));
  }

  @Test
  void linksAccusationInAQuoteToItsSpeaker() {
    AnalyzedArticle a = analyze("\"Israel has always sought to drag the US into war,\" Iranian"
        + " Foreign Minister Abbas Araghchi wrote on X in January.");
    PoliticalEvent claim = a.events().stream().filter(e -> e.code().equals("ACCUSE")).findFirst()
        .orElseThrow(() -> new AssertionError("no accusation in " + a.events()));
    assertThat(claim.source().name()).isEqualTo("Abbas Araghchi");
    assertThat(claim.target().flatMap(EventActor::countryCode)).contains("IL");
    assertThat(claim.date()).isEqualTo("2026-01");
    assertThat(claim.quoteRef()).hasValueSatisfying(i ->
        assertThat(a.quotes().get(i).text()).startsWith("Israel has always sought"));
    assertThat(a.events()).noneMatch(e -> e.code().equals("ASSAULT"));
  }

  @Test
  void readsReportingClausesThatReportEachOtherWithoutEndlessRecursion() {
    // "said" and "added" each report the other's clause and both subjects are pronouns.
    for (String text : List.of("Iran will attack Israel, he said, he added.",
        "He said, he added, that Iran would attack Israel.",
        "They will retaliate, she said, she told reporters, she added.")) {
      assertThat(analyze(text).article().text()).isEqualTo(text);
    }
  }

  @Test
  void codesDemandInReportedSpeech() {
    PoliticalEvent demand = assertEvent("Russia said on Tuesday that Sudan must return the helicopter.",
        "REQUEST", "RU", "SD");
    assertThat(demand.date()).isEqualTo("2026-02-10");
  }

  @Test
  void datesAnEventByTheDayAnOffsetPointsTo() {
    PoliticalEvent praise = assertEvent("Two years ago, Egypt praised Jordan.", "SUPPORT", "EG",
        "JO");
    assertThat(praise.date()).isEqualTo("2024");
    assertThat(praise.dateFromText()).isTrue();
    PoliticalEvent later = assertEvent("Egypt met Jordan on Jan. 5. Three days later, Egypt"
        + " praised Jordan.", "SUPPORT", "EG", "JO");
    assertThat(later.date()).isEqualTo("2026-01-08");
  }

  @Test
  void flagsPublicationDateFallback() {
    PoliticalEvent praise = assertEvent("Egypt praised Jordan.", "SUPPORT", "EG", "JO");
    assertThat(praise.date()).isEqualTo("2026-02-11");
    assertThat(praise.dateFromText()).isFalse();
  }

  @Test
  void placesEventAtTheDatelineWhenTheSentenceNamesNoPlace() {
    AnalyzedArticle a = analyzeDatelinedCairo("CAIRO - Egypt praised Jordan.");
    assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.location())
        .hasValueSatisfying(l -> {
          assertThat(l.name()).isEqualTo("Cairo");
          assertThat(l.countryCode()).contains("EG");
          assertThat(l.lat()).isPresent();
        }));
  }

  @Test
  void placesNoEventAtTheDatelineThatTheTextDatesLongBefore() {
    AnalyzedArticle a = analyzeDatelinedCairo(
        "CAIRO - Egypt praised Jordan on Monday. Egypt had praised Jordan in 2003.");
    assertThat(a.events()).filteredOn(e -> e.date().equals("2026-02-09")).singleElement()
        .satisfies(e -> assertThat(e.location()).isPresent());
    assertThat(a.events()).filteredOn(e -> e.date().equals("2003")).singleElement()
        .satisfies(e -> assertThat(e.location()).isEmpty());
  }

  @Test
  void readsGroupsOfACountryInTheirSector() {
    PoliticalEvent arrest = assertEvent("Turkish police detained 20 students in Ankara on Monday.",
        "COERCE", "TR", "TR");
    assertThat(arrest.source().sector()).contains("COP");
    assertThat(arrest.mode()).contains("arrest");
  }
}
