package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationAndMediumLookupTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();

  @Test
  void findsOrganizationsByNameAndAcronym() {
    assertOrganization("UN", "United Nations");
    assertOrganization("the United Nations", "United Nations");
    assertOrganization("U.N.", "United Nations");
    assertOrganization("NATO", "NATO");
    assertOrganization("IAEA", "International Atomic Energy Agency");
    assertOrganization("the European Union", "European Union");
    assertOrganization("Hamas", "Hamas");
    assertOrganization("Hezbollah", "Hezbollah");
    assertOrganization("IRGC", "Islamic Revolutionary Guard Corps");
    assertOrganization("Revolutionary Guards", "Islamic Revolutionary Guard Corps");
    assertOrganization("Ansar Allah", "Houthis");
    assertOrganization("Daesh", "Islamic State");
    assertOrganization("ISIL", "Islamic State");
    assertOrganization("the Pentagon", "Department of Defense");
    assertOrganization("the Kremlin", "Kremlin");
    assertOrganization("KDP", "Kurdistan Democratic Party");
  }

  @Test
  void givesOrganizationsAKindAndCountry() {
    Organization irgc = KB.organization("IRGC").orElseThrow();
    assertThat(irgc.kind()).isEqualTo(OrganizationKind.MILITARY);
    assertThat(irgc.countryCode()).contains("IR");
    Organization un = KB.organization("UN").orElseThrow();
    assertThat(un.kind()).isEqualTo(OrganizationKind.INTERNATIONAL);
    assertThat(un.countryCode()).isEmpty();
    assertThat(un.id()).isEqualTo("Q1065");
  }

  @Test
  void findsMediaByNameAndAlias() {
    assertMedium("Truth Social", "Truth Social", "SOCIAL_PLATFORM");
    assertMedium("X", "X", "SOCIAL_PLATFORM");
    assertMedium("Twitter", "X", "SOCIAL_PLATFORM");
    assertMedium("Facebook", "Facebook", "SOCIAL_PLATFORM");
    assertMedium("Instagram", "Instagram", "SOCIAL_PLATFORM");
    assertMedium("Telegram", "Telegram", "SOCIAL_PLATFORM");
    assertMedium("CNN", "CNN", "BROADCASTER");
    assertMedium("Fox News", "Fox News", "BROADCASTER");
    assertMedium("Reuters", "Reuters", "NEWS_AGENCY");
    assertMedium("AP", "Associated Press", "NEWS_AGENCY");
    assertMedium("Rudaw", "Rudaw", "BROADCASTER");
    assertMedium("the New York Times", "The New York Times", "NEWSPAPER");
    assertThat(KB.medium("Pravda Weekly")).isEmpty();
  }

  private static void assertOrganization(String text, String name) {
    assertThat(KB.organization(text)).as("organization(%s)", text).map(Organization::name)
        .contains(name);
  }

  private static void assertMedium(String text, String name, String kind) {
    Medium medium = KB.medium(text).orElseThrow(() -> new AssertionError("no medium " + text));
    assertThat(medium.name()).isEqualTo(name);
    assertThat(medium.kind()).isEqualTo(kind);
  }
}
