package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentLexiconTest {

  private static final AgentLexicon AGENTS = AgentLexicon.builtIn();

  @Test
  void findsGroupsByLemmaOrPlural() {
    assertThat(AGENTS.find("militiaman", "militiamen")).hasValueSatisfying(a ->
        assertThat(a.sector()).contains("MIL"));
    assertThat(AGENTS.find("Demonstrators", "Demonstrators")).hasValueSatisfying(a ->
        assertThat(a.sector()).contains("CVL"));
  }

  @Test
  void forgivesOneTypoInALongWordOnly() {
    assertThat(AGENTS.find("auhority", "auhorities")).hasValueSatisfying(a ->
        assertThat(a.lemma()).isEqualTo("authority"));
    assertThat(AGENTS.find("office", "offices")).isEmpty();
    assertThat(AGENTS.find("policy", "policies")).isEmpty();
  }

  @Test
  void countsCollectivesAsNoSector() {
    assertThat(AGENTS.find("thousand", "thousands")).hasValueSatisfying(a ->
        assertThat(a.isCollective()).isTrue());
  }

  @Test
  void oneEditApartAllowsOneChangeOrSwapButNotTheFirstLetter() {
    assertThat(AgentLexicon.oneEditApart("authorities", "auhorities")).isTrue();
    assertThat(AgentLexicon.oneEditApart("afghanistan", "afganistan")).isTrue();
    assertThat(AgentLexicon.oneEditApart("ethiopia", "ehtiopia")).isTrue();
    assertThat(AgentLexicon.oneEditApart("iran", "iraq")).isTrue();
    assertThat(AgentLexicon.oneEditApart("iran", "bran")).isFalse();
    assertThat(AgentLexicon.oneEditApart("iran", "iran")).isFalse();
  }
}
