package org.dossier.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;
import org.junit.jupiter.api.Test;

/** Subjects found on parses a statistical parser really produces, written out by hand. */
class DependencyTreeTest {

  private static String subjectOf(ParsedText parsed, int verb) {
    DependencyTree tree = new DependencyTree(parsed);
    return tree.subject(tree.token(verb)).map(Token::word).orElse("-");
  }

  @Test
  void theNounOfAReducedRelativeClauseIsTheSubjectOfTheVerbAfterIt() {
    // The poll released Friday shows that Lee leads. — parsed with "released" as the root and
    // "shows" hung on it.
    ParsedText parsed = HandParse.of("The/DT/1/det", "poll/NN/2/nsubj", "released/VBN/-1/root",
        "Friday/NNP/2/obl:tmod", "shows/VBZ/2/dep/show", "that/IN/7/mark", "Lee/NNP/7/nsubj",
        "leads/VBZ/4/ccomp/lead", "././2/punct");
    assertThat(subjectOf(parsed, 4)).isEqualTo("poll");
  }

  @Test
  void aVerbLeftWithoutSubjectTakesTheNameRightBeforeIt() {
    // Rep. Ann Lee (D-Md.) said that the claim was false. — parsed with the name as a root of its
    // own and "said" without a subject.
    ParsedText parsed = HandParse.of("Rep./NNP/2/compound", "Ann/NNP/2/compound",
        "Lee/NNP/-1/root", "(/-LRB-/4/punct", "D-Md./NNP/2/dep", ")/-RRB-/4/punct",
        "said/VBD/-1/root/say", "that/IN/10/mark", "the/DT/9/det", "claim/NN/11/nsubj",
        "was/VBD/11/cop/be", "false/JJ/6/ccomp", "././6/punct");
    assertThat(subjectOf(parsed, 6)).isEqualTo("Lee");
  }

  @Test
  void aDateRightBeforeAVerbIsNotItsSubject() {
    // On Friday said the mayor so. — parsed as two fragments, "said" without subject.
    ParsedText parsed = HandParse.of("On/IN/1/case", "Friday/NNP/-1/root/friday/DATE",
        "said/VBD/-1/root/say", "the/DT/4/det", "mayor/NN/2/obj", "so/RB/2/advmod",
        "././2/punct");
    assertThat(subjectOf(parsed, 2)).isEqualTo("-");
  }
}
