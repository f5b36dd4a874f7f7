package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeHoldersTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();
  private static final LocalDate ARTICLE_DATE = LocalDate.of(2026, 2, 11);

  @Test
  void resolvesUsPresidentOnADate() {
    assertHolders(KB.holders("US", Office.HEAD_OF_STATE, ARTICLE_DATE), "Donald Trump");
    assertHolders(KB.holders("US", Office.HEAD_OF_STATE, LocalDate.of(2022, 6, 1)), "Joe Biden");
    assertHolders(KB.holders("US", Office.HEAD_OF_STATE, LocalDate.of(2019, 6, 1)),
        "Donald Trump");
    assertHolders(KB.holders("us", Office.HEAD_OF_STATE, LocalDate.of(2005, 6, 1)),
        "George W. Bush");
  }

  @Test
  void handsOverOfficeOnTheSuccessorsFirstDay() {
    assertHolders(KB.holders("US", Office.HEAD_OF_STATE, LocalDate.of(2025, 1, 19)),
        "Joe Biden");
    assertHolders(KB.holders("US", Office.HEAD_OF_STATE, LocalDate.of(2025, 1, 20)),
        "Donald Trump");
  }

  @Test
  void resolvesIsraeliPremierIn2026ToNetanyahu() {
    assertHolders(KB.holdersForDescriptor("IL", "premier", ARTICLE_DATE), "Benjamin Netanyahu");
    assertHolders(KB.holdersForDescriptor("IL", "the prime minister", ARTICLE_DATE),
        "Benjamin Netanyahu");
    assertHolders(KB.holdersForDescriptor("IL", "premier", LocalDate.of(2022, 1, 1)),
        "Naftali Bennett");
  }

  @Test
  void resolvesIranianTopDiplomatIn2026ToAraghchi() {
    assertHolders(KB.holdersForDescriptor("IR", "top diplomat", ARTICLE_DATE),
        "Abbas Araghchi");
    assertHolders(KB.holdersForDescriptor("IR", "Foreign Minister", ARTICLE_DATE),
        "Abbas Araghchi");
    assertHolders(KB.holdersForDescriptor("IR", "foreign minister", LocalDate.of(2020, 1, 1)),
        "Mohammad Javad Zarif");
  }

  @Test
  void resolvesIranianPresidentByTitleNotAsHeadOfState() {
    assertHolders(KB.holdersForDescriptor("IR", "president", ARTICLE_DATE), "Masoud Pezeshkian");
    assertHolders(KB.holdersByTitle("IR", "PRESIDENT", ARTICLE_DATE), "Masoud Pezeshkian");
    assertHolders(KB.holders("IR", Office.SUPREME_LEADER, ARTICLE_DATE), "Ali Khamenei");
    assertHolders(KB.holdersForDescriptor("IR", "supreme leader", ARTICLE_DATE), "Ali Khamenei");
    assertThat(KB.holdersForDescriptor("IR", "prime minister", ARTICLE_DATE)).isEmpty();
  }

  @Test
  void countsAnActingHolderUnderTheTitle() {
    assertHolders(KB.holdersByTitle("IR", "President", LocalDate.of(2024, 6, 15)),
        "Mohammad Mokhber");
  }

  @Test
  void resolvesOmanisAndAmericansInTheSeedArticle() {
    assertHolders(KB.holdersForDescriptor("OM", "foreign minister", ARTICLE_DATE),
        "Badr Albusaidi");
    assertHolders(KB.holdersForDescriptor("OM", "sultan", ARTICLE_DATE), "Haitham bin Tariq");
    assertHolders(KB.holdersForDescriptor("US", "secretary of state", ARTICLE_DATE),
        "Marco Rubio");
    assertHolders(KB.holdersForDescriptor("US", "president", ARTICLE_DATE), "Donald Trump");
    assertHolders(KB.holdersForDescriptor("DE", "chancellor", ARTICLE_DATE), "Friedrich Merz");
    assertHolders(KB.holdersForDescriptor("GB", "king", ARTICLE_DATE), "Charles III");
  }

  @Test
  void mapsDescriptorsToOffices() {
    assertOffice("president", Office.HEAD_OF_STATE);
    assertOffice("premier", Office.HEAD_OF_GOVERNMENT);
    assertOffice("prime minister", Office.HEAD_OF_GOVERNMENT);
    assertOffice("PM", Office.HEAD_OF_GOVERNMENT);
    assertOffice("chancellor", Office.HEAD_OF_GOVERNMENT);
    assertOffice("top diplomat", Office.FOREIGN_MINISTER);
    assertOffice("foreign minister", Office.FOREIGN_MINISTER);
    assertOffice("foreign secretary", Office.FOREIGN_MINISTER);
    assertOffice("secretary of state", Office.FOREIGN_MINISTER);
    assertOffice("king", Office.HEAD_OF_STATE);
    assertOffice("supreme leader", Office.SUPREME_LEADER);
    assertOffice("defense minister", Office.DEFENSE_MINISTER);
    assertOffice("defence secretary", Office.DEFENSE_MINISTER);
    assertThat(KB.officeForDescriptor("spokesman")).isEmpty();
  }

  @Test
  void listsEveryTermOfAPersonInOrder() {
    List<OfficeTerm> terms = KB.terms("Q43723");
    assertThat(terms).filteredOn(t -> t.office() == Office.HEAD_OF_GOVERNMENT)
        .extracting(OfficeTerm::start)
        .containsExactly(LocalDate.of(1996, 6, 18), LocalDate.of(2009, 3, 31),
            LocalDate.of(2022, 12, 29));
    assertThat(KB.terms("Q22686")).extracting(OfficeTerm::title).containsOnly("President");
    assertThat(KB.terms("no-such-person")).isEmpty();
  }

  private static void assertHolders(List<OfficeTerm> holders, String... names) {
    assertThat(holders).extracting(OfficeTerm::personName).containsExactly(names);
  }

  private static void assertOffice(String phrase, Office office) {
    assertThat(KB.officeForDescriptor(phrase)).as("office for %s", phrase).contains(office);
  }
}
