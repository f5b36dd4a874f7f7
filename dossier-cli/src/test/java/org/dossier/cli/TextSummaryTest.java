package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Dateline;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Role;
import org.dossier.model.Speaker;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimexType;
import org.junit.jupiter.api.Test;

class TextSummaryTest {

  @Test
  void showsHeaderQuotesEntitiesAndTimes() {
    String text = "Trump wrote \"no deal\" on Friday.";
    Article article = Article.builder("a.txt", text).title("Talks stall").section("News")
        .published(LocalDate.of(2026, 2, 11)).readingTimeMinutes(3)
        .dateline(new Dateline("ERBIL", Optional.of("Erbil"), Optional.of("IQ"), Optional.empty()))
        .build();
    Mention trump = Mention.of(text, 0, 5);
    Entity entity = new Entity("Q22686", "Donald Trump", EntityType.PERSON, Optional.of("US"),
        Optional.empty(), List.of(new Role("President", Optional.of("US"))), List.of(trump));
    Quote quote = new Quote("no deal", QuoteKind.PARTIAL,
        Optional.of(new Speaker("Q22686", "Donald Trump", trump)), Optional.of("wrote"),
        Optional.of("Truth Social"), Optional.of("2026-02-11"), 2, 13, 20, 0.9);
    TimeExpression friday = new TimeExpression("on Friday", TimexType.DATE, "2026-02-06",
        Optional.empty(), 22, 31);
    String summary = new TextSummary().render(AnalyzedArticle.of(article, List.of(entity),
        List.of(friday), List.of(quote), List.of()));
    assertThat(summary).startsWith("Talks stall\n  News · 2026-02-11 · 3 min read · dateline ERBIL → Erbil, IQ")
        .contains("“no deal” — Donald Trump [partial, wrote, via Truth Social, 2026-02-11, ×2]")
        .contains("Donald Trump").contains("President (US)")
        .contains("2026-02-06")
        .contains("Events (0)");
  }
}
