package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldCleanerTest {

  @Test
  void cutsABylineWhereTheNamesEnd() {
    assertThat(FieldCleaner.byline("By Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read"))
        .contains("Bryan DeArdo");
    assertThat(FieldCleaner.byline("Jeff Foust Monday, November 18, 2019")).contains("Jeff Foust");
    assertThat(FieldCleaner.byline("Analysis by Chris Cillizza, CNN Editor-at-large"))
        .contains("Chris Cillizza, CNN Editor-at-large");
    assertThat(FieldCleaner.byline("https://www.facebook.com/someone")).isEmpty();
  }

  @Test
  void rejectsSectionsThatAreAddressesDatesOrDomains() {
    assertThat(FieldCleaner.section("patrick.shanley@THR.com")).isEmpty();
    assertThat(FieldCleaner.section("gizmodo.com")).isEmpty();
    assertThat(FieldCleaner.section("November 18, 2019 12:01 PM Print this article")).isEmpty();
    assertThat(FieldCleaner.section("Calendario Stock Car, Slideshow, Stock Car"))
        .contains("Calendario Stock Car");
    assertThat(FieldCleaner.section("Middle East")).contains("Middle East");
  }
}
