package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractSchemaTest {

  private static final ContractSchema SCHEMA = ContractSchema.load();

  static AnalyzedArticle sample() {
    String text = "Trump said \"no deal\" on Friday.";
    Article article = Article.builder("sample.txt", text)
        .title("A title").published(LocalDate.of(2026, 2, 11)).section("News")
        .readingTimeMinutes(3)
        .dateline(new Dateline("ERBIL", Optional.of("Erbil"), Optional.of("IQ"), Optional.empty()))
        .caption("A caption").language("en").build();
    Mention trump = Mention.of(text, 0, 5);
    Entity entity = new Entity("Q22686", "Donald Trump", EntityType.PERSON, Optional.of("US"),
        Optional.empty(), List.of(new Role("President", Optional.of("US"))), List.of(trump));
    TimeExpression friday = new TimeExpression("on Friday", TimexType.DATE, "2026-02-06",
        Optional.empty(), 21, 30);
    Quote quote = new Quote("no deal", QuoteKind.PARTIAL,
        Optional.of(new Speaker("Q22686", "Donald Trump", trump)), Optional.of("said"),
        Optional.empty(), Optional.of("2026-02-11"), 1, 12, 19, 0.9);
    PoliticalEvent event = new PoliticalEvent("REJECT", "120", Optional.empty(),
        new EventActor("Q22686", "Donald Trump", Optional.of("US"), Optional.of("GOV")),
        Optional.empty(), Optional.empty(), "2026-02-06", text, 0, text.length(), 0.5, 3, true,
        Optional.empty());
    return AnalyzedArticle.of(article, List.of(entity), List.of(friday), List.of(quote),
        List.of(event));
  }

  @Test
  void acceptsAWellFormedRecord() {
    assertThat(SCHEMA.violations(sample())).isEmpty();
  }

  @Test
  void writesAbsentValuesAsNullSoEveryContractKeyIsPresent() {
    ObjectNode json = (ObjectNode) DossierJson.toTree(sample());
    assertThat(json.get("article").has("byline")).isTrue();
    assertThat(json.get("article").get("byline").isNull()).isTrue();
    assertThat(json.get("article").get("published").asText()).isEqualTo("2026-02-11");
    assertThat(json.get("quotes").get(0).get("kind").asText()).isEqualTo("partial");
  }

  @Test
  void rejectsAQuoteOfUnknownKind() {
    ObjectNode json = (ObjectNode) DossierJson.toTree(sample());
    ((ObjectNode) json.get("quotes").get(0)).put("kind", "rumour");
    assertThat(SCHEMA.violations(json)).isNotEmpty();
  }

  @Test
  void rejectsALowerCaseCountryCode() {
    ObjectNode json = (ObjectNode) DossierJson.toTree(sample());
    ((ObjectNode) json.get("article").get("dateline")).put("countryCode", "iq");
    assertThat(SCHEMA.violations(json)).isNotEmpty();
  }

  @Test
  void rejectsARecordWithoutEvents() {
    ObjectNode json = (ObjectNode) DossierJson.toTree(sample());
    json.remove("events");
    assertThat(SCHEMA.violations(json)).anyMatch(m -> m.contains("events"));
  }

  @Test
  void readsBackWhatItWrites() {
    AnalyzedArticle original = sample();
    AnalyzedArticle back = DossierJson.read(DossierJson.toJsonLine(original), AnalyzedArticle.class);
    assertThat(back).isEqualTo(original);
  }
}
