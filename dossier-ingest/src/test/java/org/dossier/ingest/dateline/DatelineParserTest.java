package org.dossier.ingest.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Dateline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatelineParserTest {

  private static DatelineParser parser;

  @BeforeAll
  static void load() {
    parser = new DatelineParser(KnowledgeBase.builtIn());
  }

  private static Dateline parse(String paragraph) {
    return parser.parse(paragraph).orElseThrow().dateline();
  }

  @Test
  void placesACityByTheCountryNamedInItsRegion() {
    Dateline d = parse("ERBIL, Kurdistan Region of Iraq - US President Donald Trump said that");
    assertThat(d.text()).isEqualTo("ERBIL, Kurdistan Region of Iraq");
    assertThat(d.place()).contains("Erbil");
    assertThat(d.countryCode()).contains("IQ");
  }

  @Test
  void readsCityWithAgency() {
    Dateline d = parse("WASHINGTON (AP) — The Senate voted on Tuesday");
    assertThat(d.place()).contains("Washington");
    assertThat(d.countryCode()).contains("US");
    assertThat(d.agency()).contains("AP");
  }

  @Test
  void readsCityWithDateAndAgency() {
    Dateline d = parse("PARIS, Jan 5 (Reuters) - France said on Monday");
    assertThat(d.place()).contains("Paris");
    assertThat(d.countryCode()).contains("FR");
    assertThat(d.agency()).contains("Reuters");
  }

  @Test
  void readsATitleCaseCityWhenAnAgencyFollows() {
    Dateline d = parse("Kyiv (CNN) — Ukrainian officials said");
    assertThat(d.place()).contains("Kyiv");
    assertThat(d.countryCode()).contains("UA");
  }

  @Test
  void keepsAnUnknownCityWithTheCountryOfItsRegion() {
    Dateline d = parse("SMALLTOWNVILLE, Iraq - Officials said");
    assertThat(d.place()).contains("Smalltownville");
    assertThat(d.countryCode()).contains("IQ");
  }

  @Test
  void rejectsAnOrdinarySentence() {
    assertThat(parser.parse("US President Donald Trump said - and then left")).isEmpty();
    assertThat(parser.parse("The talks - which began on Friday - ended")).isEmpty();
  }

  @Test
  void rejectsALongRegionThatIsReallyASentence() {
    assertThat(parser.parse("IRAN, the country that the officials visited twice in the last year - x"))
        .isEqualTo(Optional.empty());
  }
}
