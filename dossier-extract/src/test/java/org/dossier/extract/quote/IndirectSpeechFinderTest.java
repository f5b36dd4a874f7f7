package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.HandParse;
import org.dossier.extract.text.QuotationFinder;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

/** Reported speech found on parses a statistical parser really produces, written by hand. */
class IndirectSpeechFinderTest {

  private final SpeechLexicon lexicon = SpeechLexicon.builtIn();
  private final IndirectSpeechFinder finder =
      new IndirectSpeechFinder(lexicon, new SpeakerResolver(lexicon));

  private List<QuoteDraft> reports(ParsedText parsed, String person) {
    return finder.find(new DependencyTree(parsed), HandParse.person(parsed, person),
        new QuotationFinder().find(parsed.text()));
  }

  @Test
  void aTrailingSpeechVerbReportsTheClauseBeforeTheCommaWhereverTheParserHungIt() {
    // The mayor would expand the deduction, said Kim Batchelder. — parsed with "said" as a
    // modifier of the name and the name coordinated with the clause.
    ParsedText parsed = HandParse.of("The/DT/1/det", "mayor/NN/3/nsubj", "would/MD/3/aux",
        "expand/VB/-1/root", "the/DT/5/det", "deduction/NN/3/obj", ",/,/3/punct",
        "said/VBD/9/amod/say", "Kim/NNP/9/compound", "Batchelder/NNP/3/conj", "././3/punct");
    assertThat(reports(parsed, "Kim Batchelder")).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("The mayor would expand the deduction");
      assertThat(d.attribution().speaker()).hasValueSatisfying(
          s -> assertThat(s.name()).isEqualTo("Kim Batchelder"));
    });
  }

  @Test
  void aSentenceEndingInAccordingToASourceReportsTheClauseBeforeTheComma() {
    // The system holds a quarter of inmates, according to the Bureau. — parsed with the
    // "according to" phrase hung on "inmates".
    ParsedText parsed = HandParse.of("The/DT/1/det", "system/NN/2/nsubj", "holds/VBZ/-1/root/hold",
        "a/DT/4/det", "quarter/NN/2/obj", "of/IN/6/case", "inmates/NNS/4/nmod", ",/,/4/punct",
        "according/VBG/11/case", "to/IN/8/fixed", "the/DT/11/det", "Bureau/NNP/6/nmod",
        "././2/punct");
    assertThat(reports(parsed, "Bureau")).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("The system holds a quarter of inmates");
      assertThat(d.attribution().cuePhrase()).contains("according to");
      assertThat(d.attribution().speaker()).hasValueSatisfying(
          s -> assertThat(s.name()).isEqualTo("Bureau"));
    });
  }

  @Test
  void aSpeechVerbWhoseParticleMakesAnotherVerbReportsNothing() {
    // Ellis failed to show up at the hearing he was called to. — parsed with the relative
    // clause as the complement of "show".
    ParsedText parsed = HandParse.of("Ellis/NNP/1/nsubj", "failed/VBD/-1/root/fail",
        "to/TO/3/mark", "show/VB/1/xcomp", "up/RP/3/compound:prt", "at/IN/7/case",
        "the/DT/7/det", "hearing/NN/10/dep", "he/PRP/10/nsubj:pass", "was/VBD/10/aux:pass/be",
        "called/VBN/3/ccomp/call", "to/IN/10/obl", "././1/punct");
    assertThat(reports(parsed, "Ellis")).isEmpty();
  }

  @Test
  void aWeekdayTheTaggerMissedAfterATrailingSpeechVerbIsATimeNotAnObject() {
    // The plan is an insult, Lopez said Friday afternoon, as they left. — "Friday" untagged.
    ParsedText parsed = HandParse.of("The/DT/1/det", "plan/NN/4/nsubj", "is/VBZ/4/cop/be",
        "an/DT/4/det", "insult/NN/-1/root", ",/,/4/punct", "Lopez/NNP/7/nsubj",
        "said/VBD/4/acl/say", "Friday/NNP/9/compound", "afternoon/NN/7/obl:tmod", ",/,/4/punct",
        "as/IN/13/mark", "they/PRP/13/nsubj", "left/VBD/4/advcl/leave", "././4/punct");
    assertThat(reports(parsed, "Lopez")).anySatisfy(
        d -> assertThat(d.text()).startsWith("The plan is an insult"));
  }

  @Test
  void aGerundTheParserHangsOnAStanceVerbIsItsObject() {
    // Lee has often cited improving services as a priority. — "improving" as an open clause.
    ParsedText parsed = HandParse.of("Lee/NNP/3/nsubj", "has/VBZ/3/aux/have", "often/RB/3/advmod",
        "cited/VBN/-1/root/cite", "improving/VBG/3/xcomp/improve", "services/NNS/4/obj/service",
        "as/IN/8/case", "a/DT/8/det", "priority/NN/4/obl", "././3/punct");
    assertThat(reports(parsed, "Lee")).anySatisfy(
        d -> assertThat(d.text()).startsWith("improving services"));
  }
}
