package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.HandParse;
import org.dossier.extract.text.QuotationFinder;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

/** Quotations told from titles on parses a statistical parser really produces, by hand. */
class DirectQuoteFinderTest {

  private final SpeechLexicon lexicon = SpeechLexicon.builtIn();
  private final DirectQuoteFinder finder =
      new DirectQuoteFinder(lexicon, new SpeakerResolver(lexicon));

  private List<String> quotes(ParsedText parsed, String person) {
    return finder.find(new DependencyTree(parsed), HandParse.person(parsed, person),
        new QuotationFinder().find(parsed.text())).stream().map(QuoteDraft::text).toList();
  }

  @Test
  void aTitleAfterAnArticleIsNoQuoteEvenWhenTheParserHangsItOnASpeechVerb() {
    // Lopez stressed her vote during a "Town Hall Forum". — parsed with the title hung on
    // the object of "stressed".
    ParsedText parsed = HandParse.of("Lopez/NNP/1/nsubj", "stressed/VBD/-1/root/stress",
        "her/PRP$/3/nmod:poss", "vote/NN/1/obj", "during/IN/9/case", "a/DT/9/det",
        "\u201c/``/9/punct", "Town/NNP/8/compound", "Hall/NNP/9/compound", "Forum/NNP/3/nmod",
        "\u201d/''/9/punct", "././1/punct");
    assertThat(quotes(parsed, "Lopez")).isEmpty();
  }
}
