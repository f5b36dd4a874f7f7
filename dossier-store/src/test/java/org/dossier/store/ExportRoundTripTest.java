package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRoundTripTest {

  private static final List<String> TABLES = List.of("articles", "entities", "entity_names",
      "article_entities", "mentions", "quotes", "events", "times");

  @TempDir
  Path dir;

  @Test
  void parquetExportReadsBackAsTheSameRows() throws Exception {
    Path db = dir.resolve("store.duckdb");
    Path out = dir.resolve("export");
    try (DossierStore store = DossierStore.open(db)) {
      for (int b = 0; b < 3; b++) {
        List<StoreItem> batch = new ArrayList<>();
        for (int n = b * 7; n < (b + 1) * 7; n++) {
          batch.add(StoreItem.of(SyntheticArticles.nth(n)));
        }
        store.write(batch);
      }
      ExportResult result = store.export(out, ExportFormat.PARQUET);
      assertThat(result.files()).containsEntry(out.resolve("events.parquet"), 42L)
          .containsKey(out.resolve("gdelt_events.parquet"))
          .containsEntry(out.resolve("events.plover.jsonl"), 42L);
    }
    try (Connection c = readOnly(db); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        String stored = storedRows(table);
        String exported = "SELECT * FROM read_parquet('" + out.resolve(table + ".parquet") + "')";
        assertThat(count(s, "SELECT count(*) FROM (" + stored + ")")).as(table).isPositive();
        assertThat(count(s, "SELECT count(*) FROM ((" + stored + ") EXCEPT ALL (" + exported
            + "))")).as("%s rows missing from the export", table).isZero();
        assertThat(count(s, "SELECT count(*) FROM ((" + exported + ") EXCEPT ALL (" + stored
            + "))")).as("%s rows the store does not have", table).isZero();
      }
      assertThat(count(s, "SELECT count(*) FROM read_parquet('" + out.resolve(
          "gdelt_events.parquet") + "') WHERE EventRootCode = '04' AND QuadClass = 1")).isEqualTo(21);
    }
    JsonNode plover = DossierJson.mapper().readTree(
        Files.readAllLines(out.resolve("events.plover.jsonl")).get(0));
    assertThat(plover.get("event").get(0).asText()).isEqualTo("CONSULT");
    assertThat(plover.get("actor").get(0).get("identifier_id").asText()).isEqualTo("Q22686");
    assertThat(plover.get("date").asText()).isEqualTo("2026-01-01");
    assertThat(Files.list(out).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.endsWith(".part"));
  }

  @Test
  void writesCsvAndJsonLinesToo() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("store.duckdb"))) {
      store.write(List.of(StoreItem.of(SyntheticArticles.nth(0))));
      store.export(dir.resolve("csv"), ExportFormat.CSV);
      store.export(dir.resolve("jsonl"), ExportFormat.JSONL);
    }
    assertThat(Files.readAllLines(dir.resolve("csv/quotes.csv"))).hasSize(3);
    assertThat(Files.readAllLines(dir.resolve("csv/quotes.csv")).get(0))
        .startsWith("article_id,ordinal,text,kind,speaker_id");
    JsonNode article = DossierJson.mapper().readTree(
        Files.readAllLines(dir.resolve("jsonl/articles.jsonl")).get(0));
    assertThat(article.get("title").asText()).startsWith("Story 0");
    assertThat(article.get("id").asText()).hasSize(64);
  }

  // The store's table as the export means it: child rows name their article by id.
  private static String storedRows(String table) {
    return switch (table) {
      case "articles" -> "SELECT * EXCLUDE (seq, batch) FROM articles";
      case "entities", "entity_names" -> "SELECT * FROM " + table;
      default -> "SELECT a.id AS article_id, t.* EXCLUDE (article_seq) FROM " + table
          + " t JOIN articles a ON a.seq = t.article_seq";
    };
  }

  private static Connection readOnly(Path db) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + db, properties);
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
