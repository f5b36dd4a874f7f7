package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.ContractSchema;
import org.dossier.model.Mention;
import org.dossier.model.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference article, end to end: the acceptance of the vertical slice. */
class SeedArticleIT {

  private static AnalyzedArticle seed;

  @BeforeAll
  static void analyze() {
    assumeTrue(SharedModels.seed().isPresent(), "the reference article is in ../shared/seed");
    seed = SharedModels.seed().get();
  }

  @Test
  void readsTheHeader() {
    Article a = seed.article();
    assertThat(a.title()).contains(
        "Trump says ‘insisted’ that Iran negotiations continue in Netanyahu meeting");
    assertThat(a.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-02-11"));
    assertThat(a.section()).contains("News");
    assertThat(a.readingTimeMinutes()).contains(3);
    assertThat(a.captions()).singleElement().asString()
        .startsWith("US President Donald Trump (right)");
    assertThat(a.language()).contains("en");
  }

  @Test
  void placesTheDateline() {
    assertThat(seed.article().dateline()).hasValueSatisfying(d -> {
      assertThat(d.text()).isEqualTo("ERBIL, Kurdistan Region of Iraq");
      assertThat(d.place()).contains("Erbil");
      assertThat(d.countryCode()).contains("IQ");
    });
  }

  @Test
  void keepsTheStoryWithoutTheNewsletterFooter() {
    String text = seed.article().text();
    assertThat(text).startsWith("\"There was nothing definitive reached")
        .endsWith("remain significant complications to securing an agreement.")
        .doesNotContain("NEWSLETTER").doesNotContain("Get the latest updates")
        .doesNotContain("Image of");
  }

  @Test
  void resolvesWeekdaysAgainstThePublicationDate() {
    assertThat(seed.times()).extracting(TimeExpression::text, TimeExpression::value)
        .contains(org.assertj.core.groups.Tuple.tuple("Wednesday", "2026-02-11"),
            org.assertj.core.groups.Tuple.tuple("on Friday", "2026-02-06"));
  }

  @Test
  void conformsToTheContractSchema() {
    assertThat(ContractSchema.load().violations(seed)).isEmpty();
  }

  @Test
  void everyOffsetPointsAtItsText() {
    String text = seed.article().text();
    seed.entities().forEach(e -> e.mentions().forEach(m -> assertAt(text, m)));
    seed.times().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    seed.quotes().forEach(q -> {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      q.speaker().ifPresent(s -> assertAt(text, s.mention()));
    });
    seed.events().forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.sentence()));
  }

  private static void assertAt(String text, Mention m) {
    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
  }
}
