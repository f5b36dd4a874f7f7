package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.extract.SharedModels;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every statement of the reference article, attributed as issue 6 spells out. */
class SeedQuotesIT {

  private static AnalyzedArticle seed;

  @BeforeAll
  static void analyze() {
    assumeTrue(SharedModels.seed().isPresent(), "the reference article is in ../shared/seed");
    seed = SharedModels.seed().get();
  }

  private static Quote quote(String start) {
    List<Quote> found = seed.quotes().stream().filter(q -> q.text().startsWith(start)).toList();
    assertThat(found).as("quotes starting '%s' in %s", start, seed.quotes()).hasSize(1);
    return found.get(0);
  }

  private static void assertQuote(String start, QuoteKind kind, String speaker, String channel,
      String date) {
    Quote q = quote(start);
    assertThat(q.kind()).as(start).isEqualTo(kind);
    assertThat(q.speaker()).as(start).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo(speaker));
    assertThat(q.channel()).as(start).isEqualTo(Optional.ofNullable(channel));
    assertThat(q.date()).as(start).contains(date);
  }

  @Test
  void theRepeatedTruthSocialQuoteIsOneDirectQuoteSaidTwice() {
    assertQuote("There was nothing definitive reached", QuoteKind.DIRECT, "Donald Trump",
        "Truth Social", "2026-02-11");
    assertThat(quote("There was nothing definitive reached").occurrences()).isEqualTo(2);
    assertThat(quote("There was nothing definitive reached").text())
        .endsWith("whether or not a deal can be consummated");
  }

  @Test
  void thePartialQuoteInsideTheDirectQuoteIsTheSameUtterance() {
    assertThat(seed.quotes()).noneMatch(q -> q.text().startsWith("insisted that negotiations"));
  }

  @Test
  void aQuotedParagraphWithoutCueContinuesTheSpeaker() {
    assertQuote("If it can, I let [Netanyahu] know", QuoteKind.DIRECT, "Donald Trump",
        "Truth Social", "2026-02-11");
    assertThat(quote("If it can").text()).endsWith("we will just have to see what the outcome will be.");
  }

  @Test
  void theStatementFromHisOfficeIsNetanyahus() {
    assertQuote("insisted on the security needs of the state of Israel", QuoteKind.PARTIAL,
        "Benjamin Netanyahu", "statement", "2026-02-11");
    assertQuote("coordinate and remain in contact", QuoteKind.PARTIAL, "Benjamin Netanyahu",
        "statement", "2026-02-11");
  }

  @Test
  void araghchisPostsOnXAreDatedByTheText() {
    assertQuote("Israel has always sought to drag the US", QuoteKind.DIRECT, "Abbas Araghchi",
        "X", "2026-01");
    assertQuote("Remember this sage advice", QuoteKind.DIRECT, "Abbas Araghchi", "X", "2026-02");
  }

  @Test
  void trumpsRemarksAfterTheTalksArePartialQuotes() {
    assertQuote("no nuclear weapons", QuoteKind.PARTIAL, "Donald Trump", null, "2026-02-11");
    assertQuote("willing to do much more than they would have a year and a half ago.",
        QuoteKind.PARTIAL, "Donald Trump", null, "2026-02-11");
    assertQuote("That did not work out well for them.", QuoteKind.DIRECT, "Donald Trump", null,
        "2026-02-11");
  }

  @Test
  void reportedSpeechIsIndirect() {
    assertThat(quote("the Netanyahu government seeks to draw the Trump administration into a war"))
        .satisfies(q -> {
          assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
          assertThat(q.speaker().get().name()).isEqualTo("Iran");
        });
    assertThat(quote("Iran paid the consequences for not making a deal").speaker().get().name())
        .isEqualTo("Donald Trump");
    assertThat(quote("Iran was unwilling to reach a deal before").speaker().get().name())
        .isEqualTo("Donald Trump");
  }

  @Test
  void titlesSlogansAndNicknamesAreNotSpeech() {
    assertThat(seed.quotes()).extracting(Quote::text)
        .noneMatch(t -> t.startsWith("The Case for Toppling"))
        .noneMatch(t -> t.equals("America First"))
        .noneMatch(t -> t.equals("Mr. America-Last"));
  }

  @Test
  void everySpeakerIsACanonicalEntityNeverAPronoun() {
    assertThat(seed.quotes()).allSatisfy(q -> assertThat(q.speaker()).hasValueSatisfying(s ->
        assertThat(s.name()).isNotIn("he", "his", "the former", "the latter", "the Israeli premier")));
  }
}
