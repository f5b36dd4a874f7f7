package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.extract.text.HandParse;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.time.Tense;
import org.junit.jupiter.api.Test;

class ParseTenseOracleTest {

  @Test
  void theVerbOfAClauseTheWordsDoNotReachSetsTheTense() {
    ParsedText parsed = HandParse.of("In/IN/1/case", "January/NNP/11/obl", ",/,/1/punct",
        "a/DT/4/det", "week/NN/11/obl:npmod", "after/IN/7/case", "the/DT/7/det",
        "anniversary/NN/4/nmod", ",/,/4/punct", "a/DT/10/det", "bombing/NN/11/nsubj",
        "killed/VBD/-1/root", "a/DT/13/det", "guard/NN/11/obj", "././11/punct");
    assertThat(tenseAt(parsed, "January")).isEqualTo(Tense.PAST);
  }

  @Test
  void aPlanTheWordsNameOutranksTheFormOfTheVerb() {
    ParsedText parsed = HandParse.of("The/DT/1/det", "group/NN/2/nsubj", "planned/VBD/-1/root",
        "to/TO/4/mark", "meet/VB/2/xcomp", "Friday/NNP/4/obl:tmod", "././2/punct");
    assertThat(tenseAt(parsed, "Friday")).isEqualTo(Tense.FUTURE);
  }

  @Test
  void thePresentPerfectIsNoPastTense() {
    ParsedText parsed = HandParse.of("The/DT/1/det", "agency/NN/3/nsubj", "has/VBZ/3/aux",
        "given/VBN/-1/root", "them/PRP/3/iobj", "until/IN/6/case", "Tuesday/NNP/3/obl",
        "././3/punct");
    assertThat(tenseAt(parsed, "Tuesday")).isEqualTo(Tense.PRESENT);
  }

  @Test
  void aDateAfterAnAdjectiveTakesNoTenseFromTheVerbAbove() {
    ParsedText parsed = HandParse.of("It/PRP/1/nsubj", "created/VBD/-1/root", "an/DT/3/det",
        "office/NN/1/obj", ",/,/3/punct", "effective/JJ/3/amod", "Feb./NNP/5/obl:tmod",
        "1/CD/6/nummod", "././1/punct");
    assertThat(tenseAt(parsed, "Feb.")).isEqualTo(Tense.PRESENT);
  }

  private static Tense tenseAt(ParsedText parsed, String word) {
    return ParseTenseOracle.of(parsed).tenseAt(parsed.text().indexOf(word));
  }
}
