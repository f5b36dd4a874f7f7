package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryLookupTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();

  @Test
  void findsCountryByDemonym() {
    assertDemonym("Omani", "OM");
    assertDemonym("Iranian", "IR");
    assertDemonym("Israeli", "IL");
    assertDemonym("Israelis", "IL");
    assertDemonym("American", "US");
    assertDemonym("British", "GB");
    assertDemonym("Emirati", "AE");
    assertDemonym("Palestinian", "PS");
    assertThat(KB.countryByDemonym("Kurdish")).isEmpty();
    assertThat(KB.countryByDemonym("Persian")).isEmpty();
  }

  @Test
  void findsCountryByAlpha3AndAlias() {
    assertCountry("IRN", "IR");
    assertCountry("Iran", "IR");
    assertCountry("Islamic Republic of Iran", "IR");
    assertCountry("the United States", "US");
    assertCountry("U.S.", "US");
    assertCountry("US", "US");
    assertCountry("USA", "US");
    assertCountry("America", "US");
    assertCountry("UK", "GB");
    assertCountry("Britain", "GB");
    assertCountry("Great Britain", "GB");
    assertCountry("South Korea", "KR");
    assertCountry("Republic of Korea", "KR");
    assertCountry("Ivory Coast", "CI");
    assertCountry("Türkiye", "TR");
    assertCountry("Turkey", "TR");
    assertCountry("Kosovo", "XK");
    assertCountry("State of Palestine", "PS");
  }

  @Test
  void matchesNamesIgnoringCaseDiacriticsAndPunctuation() {
    assertCountry("iran", "IR");
    assertCountry("COTE D'IVOIRE", "CI");
    assertCountry("Côte d’Ivoire", "CI");
    assertCountry("turkiye", "TR");
    assertCountry("  the   Netherlands ", "NL");
  }

  @Test
  void takesOnlyCapitalizedCodesForCountries() {
    assertCountry("IN", "IN");
    assertThat(KB.country("in")).isEmpty();
    assertThat(KB.country("it")).isEmpty();
    assertThat(KB.countryByCode("in")).map(Country::name).contains("India");
  }

  @Test
  void findsCountryByCodeIncludingKosovoPalestineTaiwanAndVatican() {
    assertThat(KB.countryByCode("om")).map(Country::name).contains("Oman");
    assertThat(KB.countryByCode("XK")).map(Country::iso3).contains("XKX");
    assertThat(KB.countryByCode("PS")).map(Country::name).contains("Palestine");
    assertThat(KB.countryByCode("TW")).map(Country::name).contains("Taiwan");
    assertThat(KB.countryByCode("VA")).map(Country::name).contains("Vatican City");
    assertThat(KB.countryByCode("ZZ")).isEmpty();
  }

  @Test
  void listsEveryIsoCountryWithWikidataIdsForTheKnownOnes() {
    assertThat(KB.countries()).hasSizeGreaterThanOrEqualTo(249);
    assertThat(KB.countryByCode("US").flatMap(Country::qid)).contains("Q30");
    assertThat(KB.countryByCode("IR").flatMap(Country::qid)).contains("Q794");
    assertThat(KB.countryByCode("IL").flatMap(Country::qid)).contains("Q801");
    assertThat(KB.countryByCode("IQ").flatMap(Country::qid)).contains("Q796");
    assertThat(KB.countryByCode("OM").flatMap(Country::qid)).contains("Q842");
  }

  @Test
  void givesEachCountryItsCapitalFromTheGazetteer() {
    Place muscat = KB.countryByCode("OM").flatMap(Country::capital).orElseThrow();
    assertThat(muscat.name()).isEqualTo("Muscat");
    assertThat(muscat.kind()).isEqualTo(PlaceKind.CAPITAL);
    assertThat(KB.places("Muscat")).first().isEqualTo(muscat);
    assertThat(KB.countryByCode("AQ").flatMap(Country::capital)).isEmpty();
  }

  private static void assertCountry(String text, String iso2) {
    assertThat(KB.country(text)).as("country(%s)", text).map(Country::iso2).contains(iso2);
  }

  private static void assertDemonym(String word, String iso2) {
    assertThat(KB.countryByDemonym(word)).as("demonym %s", word).map(Country::iso2)
        .contains(iso2);
  }
}
