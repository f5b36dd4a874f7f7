package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.HandParse;
import org.dossier.extract.text.Quotation;
import org.dossier.extract.text.QuotationFinder;
import org.dossier.model.Speaker;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

/** Speakers found on parses a statistical parser really produces, written out by hand. */
class SpeakerResolverTest {

  private final SpeakerResolver resolver = new SpeakerResolver(SpeechLexicon.builtIn());

  private Optional<String> speakerOfVerb(ParsedText parsed, String name, int verb) {
    DependencyTree tree = new DependencyTree(parsed);
    List<Quotation> quotations = new QuotationFinder().find(parsed.text());
    return resolver.attribute(tree, HandParse.person(parsed, name), tree.token(verb),
        quotations).speaker().map(Speaker::name);
  }

  @Test
  void theNounPhraseBetweenAQuoteAndItsVerbSpeaksWhenTheParserHangsItInsideTheQuote() {
    // "It is wrong," Adams, a council ally, said Thursday. — parsed with "Adams" set beside a
    // word of the quote and "said" coordinated with the quote's predicate, so "said" has no
    // subject of its own.
    ParsedText parsed = HandParse.of("\u201c/``/3/punct", "It/PRP/3/nsubj", "is/VBZ/3/cop",
        "wrong/JJ/-1/root", ",/,/3/punct", "\u201d/''/3/punct", "Adams/NNP/3/appos",
        ",/,/6/punct", "a/DT/10/det", "council/NN/10/compound", "ally/NN/6/appos",
        ",/,/6/punct", "said/VBD/3/conj/say", "Thursday/NNP/12/obl:tmod", "././3/punct");
    assertThat(speakerOfVerb(parsed, "Adams", 12)).contains("Adams");
  }

  @Test
  void aNameTheParserSetsBesideAWordInsideTheSubjectPhraseNamesTheSubject() {
    // Her partner at Arcadia, Peter Holm, said so. — parsed with "Holm" beside "Arcadia".
    ParsedText parsed = HandParse.of("Her/PRP$/1/nmod:poss", "partner/NN/8/nsubj",
        "at/IN/3/case", "Arcadia/NNP/1/nmod", ",/,/3/punct", "Peter/NNP/6/compound",
        "Holm/NNP/3/appos", ",/,/3/punct", "said/VBD/-1/root/say", "so/RB/8/advmod",
        "././8/punct");
    assertThat(speakerOfVerb(parsed, "Peter Holm", 8)).contains("Peter Holm");
  }

  @Test
  void aRelativePronounBeforeAVerbLeftWithoutSubjectStandsForTheNounBeforeIt() {
    // They asked the Department which reported "2,521 incidents". — parsed with "which" and
    // "reported" as loose dependents, so "reported" has no subject.
    ParsedText parsed = HandParse.of("They/PRP/1/nsubj", "asked/VBD/-1/root/ask",
        "the/DT/3/det", "Department/NNP/1/obj", "which/WDT/3/dep",
        "reported/VBD/4/dep/report", "\u201c/``/8/punct", "2,521/CD/8/nummod",
        "incidents/NNS/5/obj", "\u201d/''/8/punct", "././1/punct");
    assertThat(speakerOfVerb(parsed, "Department", 5)).contains("Department");
  }

  @Test
  void aParticipleSetOffAfterASpeechVerbSpeaksWithThatVerbsSubject() {
    // "It is insane," Sanders said, going on to say that the country has spent "hundreds of
    // years". — parsed with "going" hung on the quote's predicate instead of on "said".
    ParsedText parsed = HandParse.of("\u201c/``/3/punct", "It/PRP/3/nsubj", "is/VBZ/3/cop",
        "insane/JJ/-1/root", ",/,/3/punct", "\u201d/''/3/punct", "Sanders/NNP/7/nsubj",
        "said/VBD/3/dep/say", ",/,/7/punct", "going/VBG/3/dep/go", "on/RP/9/compound:prt",
        "to/TO/12/mark", "say/VB/9/xcomp/say", "that/IN/17/mark", "the/DT/15/det",
        "country/NN/17/nsubj", "has/VBZ/17/aux", "spent/VBN/12/ccomp/spend",
        "\u201c/``/19/punct", "hundreds/NNS/17/obj", "of/IN/21/case", "years/NNS/19/nmod",
        "\u201d/''/19/punct", "././3/punct");
    assertThat(speakerOfVerb(parsed, "Sanders", 12)).contains("Sanders");
  }

  @Test
  void theNounAParticiplePhraseDescribesIsTheSubjectOfTheVerbAfterIt() {
    // Students marching across the campus chanted "No war". — parsed with "Students" as the
    // subject of "marching", leaving "chanted" without one.
    ParsedText parsed = HandParse.of("Students/NNS/1/nsubj", "marching/VBG/5/dep/march",
        "across/IN/4/case", "the/DT/4/det", "campus/NN/1/obl", "chanted/VBD/-1/root/chant",
        "\u201c/``/8/punct", "No/DT/8/det", "war/NN/5/obj", "\u201d/''/8/punct",
        "././5/punct");
    assertThat(speakerOfVerb(parsed, "Students", 5)).contains("Students");
  }

  @Test
  void aGerundSetOnANounSomeoneOwnsSpeaksForTheOwner() {
    // Lee's role in selling the pills and for saying that it was a "cure". — "saying" is
    // coordinated with "role" and has no subject of its own.
    ParsedText parsed = HandParse.of("Lee/NNP/2/nmod:poss", "'s/POS/0/case", "role/NN/-1/root",
        "in/IN/4/case", "selling/VBG/2/acl/sell", "the/DT/6/det", "pills/NNS/4/obj",
        "and/CC/9/cc", "for/IN/9/case", "saying/VBG/2/conj/say", "that/IN/15/mark",
        "it/PRP/15/nsubj", "was/VBD/15/cop", "a/DT/15/det", "\u201c/``/15/punct",
        "cure/NN/9/ccomp", "\u201d/''/15/punct", "././2/punct");
    assertThat(speakerOfVerb(parsed, "Lee", 9)).contains("Lee");
  }

  @Test
  void aNameOpeningTheSentenceBeforeADescribingPhraseIsTheSubject() {
    // Even Norway, Sweden's closest ally, said so. — parsed with "ally" as the subject and
    // "Norway" hung on the verb as an oblique.
    ParsedText parsed = HandParse.of("Even/RB/1/advmod", "Norway/NNP/8/obl", ",/,/8/punct",
        "Sweden/NNP/6/nmod:poss", "'s/POS/3/case", "closest/JJS/6/amod", "ally/NN/8/nsubj",
        ",/,/8/punct", "said/VBD/-1/root/say", "so/RB/8/advmod", "././8/punct");
    assertThat(speakerOfVerb(parsed, "Norway", 8)).contains("Norway");
  }

  @Test
  void aParticipleInACopularSentenceSpeaksWithThePredicatesSubject() {
    // Lee was defensive, saying "it was fine". — the subject hangs on "defensive", the
    // predicate heading the sentence, not on its verb "was".
    ParsedText parsed = HandParse.of("Lee/NNP/2/nsubj", "was/VBD/2/cop/be",
        "defensive/JJ/-1/root", ",/,/4/punct", "saying/VBG/2/advcl/say",
        "\u201c/``/8/punct", "it/PRP/8/nsubj", "was/VBD/8/cop/be", "fine/JJ/4/ccomp",
        "\u201d/''/8/punct", "././2/punct");
    assertThat(speakerOfVerb(parsed, "Lee", 4)).contains("Lee");
  }

  @Test
  void aParticipleHungOnTheNameThatHeadsAVerblessSentenceSpeaksForThatName() {
    // Mayor Lee, despite admitting that he had "doubts", the plan stands. — parsed with the
    // name as the root and "admitting" as its oblique.
    ParsedText parsed = HandParse.of("Mayor/NNP/1/compound", "Lee/NNP/-1/root", ",/,/1/punct",
        "despite/IN/4/case", "admitting/VBG/1/obl/admit", "that/IN/7/mark", "he/PRP/7/nsubj",
        "had/VBD/4/ccomp/have", "\u201c/``/9/punct", "doubts/NNS/7/obj", "\u201d/''/9/punct",
        ",/,/14/punct", "the/DT/13/det", "plan/NN/14/nsubj", "stands/VBZ/7/conj/stand",
        "././1/punct");
    assertThat(speakerOfVerb(parsed, "Lee", 4)).contains("Lee");
  }
}
