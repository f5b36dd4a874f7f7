package org.dossier.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {

  private final QuotationFinder finder = new QuotationFinder();

  private List<String> quoted(String text) {
    return finder.find(text).stream().map(q -> q.inner(text)).toList();
  }

  @Test
  void findsStraightAndCurlyDoubleQuotes() {
    assertThat(quoted("He said \"no deal\" and “maybe later” today."))
        .containsExactly("no deal", "maybe later");
  }

  @Test
  void findsGuillemetsAndLowHighQuotes() {
    assertThat(quoted("Il a dit «non» et „ja“ aussi.")).containsExactly("non", "ja");
  }

  @Test
  void aRightMarkBeforeAWordOpensAQuote() {
    assertThat(quoted("Readers wrote.\n\n”Mr. Smith is clueless,” one said. “Fine,” said another."))
        .containsExactly("Mr. Smith is clueless,", "Fine,");
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(quoted("Iran's leaders and the leaders' view don't change.")).isEmpty();
  }

  @Test
  void findsSingleQuotesNestedInDoubleQuotes() {
    assertThat(quoted("\"Remember this advice by 'Mr. America-Last'? Can you?\" he wrote."))
        .containsExactly("Remember this advice by 'Mr. America-Last'? Can you?", "Mr. America-Last");
  }

  @Test
  void findsCurlyQuotesNestedInCurlyQuotes() {
    assertThat(quoted("“I would pick what he calls “chaos” over him.” ― Ana Ruiz"))
        .containsExactly("I would pick what he calls “chaos” over him.", "chaos");
  }

  @Test
  void aStrayLeftMarkDoesNotSwallowTheQuoteAfterIt() {
    assertThat(quoted("“Stray mark here. Then “go” he said.\n\nNext.")).containsExactly("go");
  }

  @Test
  void aQuoteGoesOnInTheNextParagraphWhenThatOpensWithAQuoteMark() {
    String text = "\"First part of it.\n\n\"Second part,\" she said.";
    assertThat(quoted(text)).containsExactly("First part of it.", "Second part,");
  }

  @Test
  void anUnclosedQuoteEndsAtTheParagraph() {
    assertThat(quoted("He said \"never closed.\n\nNew paragraph without marks.")).isEmpty();
  }

  @Test
  void findsDoubledApostrophesUsedAsQuotationMarks() {
    assertThat(quoted("a group. ''It's anti-reform. She's layering,'' he said."))
        .containsExactly("It's anti-reform. She's layering,");
  }

  @Test
  void survivesThousandsOfQuoteMarks() {
    String text = "\"".repeat(5000);
    assertThat(finder.find(text)).hasSizeLessThanOrEqualTo(2500);
  }

  @Test
  void fiveThousandBalancedMarksGiveTwoAndAHalfThousandQuotations() {
    String text = "\"Yes,\" he said. ".repeat(2500);
    List<String> quotes = quoted(text);
    assertThat(quotes).hasSize(2500).containsOnly("Yes,");
  }

  @Test
  void fiveThousandOpeningMarksNeverClosedGiveNoQuotation() {
    assertThat(finder.find("“Word and more words ".repeat(5000))).isEmpty();
    assertThat(finder.find("«Mot ".repeat(5000))).isEmpty();
    assertThat(finder.find("‘word ".repeat(5000))).isEmpty();
    assertThat(finder.find("He said \"" + "no end in sight, ".repeat(5000))).isEmpty();
  }

  @Test
  void aQuoteLongerThanTheLimitIsNotAQuotation() {
    String text = "He said \"" + "word ".repeat(2000) + "\" and left.";
    assertThat(finder.find(text)).isEmpty();
  }
}
