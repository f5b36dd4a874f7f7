package org.dossier.spark.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.Test;

/** The rows an analyzed article gives, built by hand: no Spark session, no models. */
class ArticleRowsTest {

  private static final String TEXT = "\"We will talk again,\" Zarif said. The talks ended in May.";

  @Test
  void eachRowMatchesItsTableSchemaAndEndsWithThePublicationDatePartition() {
    ArticleRows rows = rowsOf(Optional.of(LocalDate.of(2015, 7, 14)), Optional.empty());
    for (OutputTable table : List.of(OutputTable.ARTICLES, OutputTable.QUOTES)) {
      Row row = rows.rows(table).get(0);
      assertThat(row.length()).as(table.tableName()).isEqualTo(table.schema().size());
      assertThat(row.getString(row.length() - 1)).isEqualTo("2015-07-14");
    }
    assertThat(rows.rows(OutputTable.EVENTS)).isEmpty();
  }

  @Test
  void aQuoteWithoutADateOfItsOwnIsDatedByThePublicationDay() {
    Row quote = rowsOf(Optional.of(LocalDate.of(2015, 7, 14)), Optional.empty())
        .rows(OutputTable.QUOTES).get(0);
    assertThat(column(quote, OutputTable.QUOTES, "day")).isEqualTo(Date.valueOf("2015-07-14"));
    assertThat(column(quote, OutputTable.QUOTES, "speaker_name"))
        .isEqualTo("Mohammad Javad Zarif");
    assertThat(column(quote, OutputTable.QUOTES, "cue")).isNull();
  }

  @Test
  void aQuoteDatedToAMonthIsDatedByItsFirstDay() {
    Row quote = rowsOf(Optional.of(LocalDate.of(2015, 7, 14)), Optional.of("2015-05"))
        .rows(OutputTable.QUOTES).get(0);
    assertThat(column(quote, OutputTable.QUOTES, "day")).isEqualTo(Date.valueOf("2015-05-01"));
  }

  @Test
  void anUndatedArticleGoesToTheUndatedPartitionWithNullDates() {
    Row article = rowsOf(Optional.empty(), Optional.empty()).rows(OutputTable.ARTICLES).get(0);
    assertThat(column(article, OutputTable.ARTICLES, OutputTable.PARTITION))
        .isEqualTo(OutputTable.UNDATED);
    assertThat(column(article, OutputTable.ARTICLES, "published")).isNull();
    assertThat(DossierJson.read((String) column(article, OutputTable.ARTICLES, "contract_json"),
        AnalyzedArticle.class)
        .article().text()).isEqualTo(TEXT);
  }

  /** The value of column {@code name}: rows carry no schema of their own. */
  private static Object column(Row row, OutputTable table, String name) {
    return row.get(table.schema().fieldIndex(name));
  }

  private static ArticleRows rowsOf(Optional<LocalDate> published, Optional<String> quoteDate) {
    var builder = Article.builder("page.txt", TEXT);
    published.ifPresent(builder::published);
    Quote quote = new Quote("We will talk again,", QuoteKind.DIRECT,
        Optional.of(new Speaker("person:zarif", "Mohammad Javad Zarif",
            new Mention(21, 26, "Zarif"))), Optional.empty(), Optional.empty(), quoteDate, 1,
        1, 20, 0.9);
    AnalyzedArticle analyzed = AnalyzedArticle.of(builder.build(), List.of(), List.of(),
        List.of(quote), List.of());
    return ArticleRows.of(DossierJson.toJsonLine(analyzed), "page.txt");
  }
}
