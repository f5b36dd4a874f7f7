package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonLookupTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();

  @Test
  void findsPeopleByFullNameWithWikidataIds() {
    assertPerson("Donald Trump", "Q22686");
    assertPerson("Benjamin Netanyahu", "Q43723");
    assertPerson("Joe Biden", "Q6279");
    assertPerson("Barack Obama", "Q76");
  }

  @Test
  void findsAraghchiByTransliteratedAlias() {
    String id = KB.person("Abbas Araghchi").orElseThrow().id();
    assertPerson("Abbas Araqchi", id);
    assertPerson("Araqchi", id);
  }

  @Test
  void findsPeopleByAliasAndTransliteration() {
    assertPerson("Bibi", "Q43723");
    assertPerson("Badr al-Busaidi", KB.person("Badr Albusaidi").orElseThrow().id());
    assertPerson("Volodymyr Zelensky", "Q3874799");
    assertPerson("Recep Tayyip Erdogan", "Q39259");
    assertPerson("MBS", KB.person("Mohammed bin Salman").orElseThrow().id());
  }

  @Test
  void findsPeopleWithSurnameMostRecentFirst() {
    assertThat(KB.peopleWithSurname("Trump")).extracting(Person::name)
        .containsExactly("Donald Trump");
    assertThat(KB.peopleWithSurname("Clinton")).extracting(Person::name)
        .containsExactly("Hillary Clinton", "Bill Clinton");
    assertThat(KB.peopleWithSurname("al-Assad")).extracting(Person::name)
        .containsExactly("Bashar al-Assad", "Hafez al-Assad");
    assertThat(KB.peopleWithSurname("Assad")).extracting(Person::name)
        .startsWith("Bashar al-Assad");
    assertThat(KB.peopleWithSurname("Araqchi")).extracting(Person::name)
        .containsExactly("Abbas Araghchi");
  }

  @Test
  void unknownPersonIsEmpty() {
    assertThat(KB.person("John Doe")).isEmpty();
    assertThat(KB.peopleWithSurname("Doe")).isEmpty();
  }

  private static void assertPerson(String name, String id) {
    assertThat(KB.person(name)).as("person(%s)", name).map(Person::id).contains(id);
  }
}
