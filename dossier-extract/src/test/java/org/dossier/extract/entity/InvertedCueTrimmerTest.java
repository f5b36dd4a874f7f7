package org.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.extract.quote.SpeechLexicon;
import org.dossier.extract.text.HandParse;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

class InvertedCueTrimmerTest {

  private final InvertedCueTrimmer trimmer = new InvertedCueTrimmer(SpeechLexicon.builtIn());

  @Test
  void aWeekdayAfterAPossessiveDatesTheNameAndIsNoPartOfIt() {
    ParsedText parsed = HandParse.of("In/IN/5/case", "his/PRP$/5/nmod:poss",
        "Wednesday/NNP/5/compound", "Truth/NNP/5/compound", "Social/NNP/5/compound",
        "post/NN/9/obl", ",/,/5/punct", "the/DT/8/det", "president/NN/9/nsubj",
        "wrote/VBD/-1/root", "././9/punct");
    assertThat(trimmed(parsed, "Wednesday Truth Social", 2, 5)).isEqualTo("Truth Social");
  }

  @Test
  void aWeekdayThatOpensANewspapersNameStays() {
    ParsedText parsed = HandParse.of("The/DT/2/det", "Sunday/NNP/2/compound",
        "Times/NNP/3/nsubj", "reported/VBD/-1/root", "././3/punct");
    assertThat(trimmed(parsed, "Sunday Times", 1, 3)).isEqualTo("Sunday Times");
  }

  private String trimmed(ParsedText parsed, String name, int firstToken, int endToken) {
    int start = parsed.text().indexOf(name);
    NamedEntityMention mention = new NamedEntityMention("ORGANIZATION", start,
        start + name.length(), name, firstToken, endToken);
    return trimmer.trim(parsed, List.of(mention)).get(0).text();
  }
}
