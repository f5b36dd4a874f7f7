package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventDictionaryTest {

  private static final EventDictionary DICTIONARY = EventDictionary.builtIn();

  private static String code(Optional<EventType> type) {
    return type.map(EventType::code).orElse("none");
  }

  @Test
  void verbWithTheObjectItNamesBeatsTheVerbAlone() {
    assertThat(code(DICTIONARY.verb("lift", Set.of(), Set.of("curfew")))).isEqualTo("CONCEDE");
    assertThat(code(DICTIONARY.verb("lift", Set.of(), Set.of("blockade")))).isEqualTo("RETREAT");
    assertThat(code(DICTIONARY.verb("expel", Set.of(), Set.of("ambassador")))).isEqualTo("SANCTION");
    assertThat(code(DICTIONARY.verb("expel", Set.of(), Set.of("migrant")))).isEqualTo("COERCE");
  }

  @Test
  void verbThatNeedsAParticleOnlyCodesWithIt() {
    assertThat(code(DICTIONARY.verb("crack", Set.of("down"), Set.of()))).isEqualTo("COERCE");
    assertThat(code(DICTIONARY.verb("crack", Set.of(), Set.of()))).isEqualTo("none");
    assertThat(code(DICTIONARY.verb("call", Set.of("for"), Set.of()))).isEqualTo("REQUEST");
  }

  @Test
  void nounModifierBeforeItBeatsAPrepositionAfterIt() {
    assertThat(DICTIONARY.noun("strike", Set.of("hunger"), Set.of("on")))
        .hasValueSatisfying(t -> assertThat(t.mode()).contains("hunger"));
    assertThat(code(DICTIONARY.noun("strike", Set.of("air"), Set.of()))).isEqualTo("ASSAULT");
    assertThat(code(DICTIONARY.noun("strike", Set.of(), Set.of()))).isEqualTo("PROTEST");
    assertThat(code(DICTIONARY.noun("campaign", Set.of(), Set.of()))).isEqualTo("none");
  }

  @Test
  void wordsCanSetUpSeveralFrames() {
    assertThat(DICTIONARY.hasFrame("resume", Frame.LIGHT)).isTrue();
    assertThat(DICTIONARY.hasFrame("resume", Frame.ATTEMPT)).isTrue();
    assertThat(DICTIONARY.hasFrame("face", Frame.UNDERGO)).isTrue();
    assertThat(DICTIONARY.hasFrame("say", Frame.SPEECH)).isTrue();
    assertThat(DICTIONARY.hasFrame("say", Frame.LIGHT)).isFalse();
  }

  @Test
  void rejectsAnEntryOfUnknownTypeNamingItsLine() {
    String file = "# comment\nverb\tattack\t-\t-\tBOMBARD\t190\t-\n";
    assertThatThrownBy(() -> EventDictionary.read(new BufferedReader(new StringReader(file))))
        .hasMessageContaining("event-dictionary.tsv:2").hasMessageContaining("BOMBARD");
  }
}
