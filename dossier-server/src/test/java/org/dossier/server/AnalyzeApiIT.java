package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.DossierJson;
import org.dossier.store.DossierStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyze and store through the API with the real models. */
class AnalyzeApiIT {

  @TempDir
  static Path folder;

  private static DossierStore store;
  private static DossierServer server;
  private static WriteToken token;
  private static RunningClient client;

  @BeforeAll
  static void start() {
    Path database = folder.resolve("dossier.duckdb");
    store = DossierStore.open(database);
    token = WriteToken.forStore(database);
    server = DossierServer.start(ServerSettings.defaults().withPort(0), store, token,
        Models.analysis());
    client = new RunningClient(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void analyzeAnswersInTheContractShapeAndStoresNothing() throws Exception {
    String text = Files.readString(Models.example());
    long stored = store.stats().count("articles");
    HttpResponse<String> response = client.post("/api/analyze?published=2015-07-14", text,
        "Content-Type", "text/plain; charset=utf-8");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    AnalyzedArticle analyzed = DossierJson.read(response.body(), AnalyzedArticle.class);
    assertThat(analyzed.article().text()).contains("Vienna");
    assertThat(analyzed.quotes()).isNotEmpty();
    JsonNode tree = DossierJson.read(response.body(), JsonNode.class);
    assertThat(tree.fieldNames()).toIterable().contains("schemaVersion", "article", "entities",
        "times", "quotes", "events");
    assertThat(store.stats().count("articles")).isEqualTo(stored);
  }

  @Test
  void storingNeedsTheTokenAndIsIdempotent() throws Exception {
    String text = Files.readString(Models.example());
    long before = store.stats().count("articles");
    HttpResponse<String> first = client.post("/api/articles?published=2015-07-14", text,
        "Authorization", "Bearer " + token.value());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    String location = first.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> stored = client.get(location);
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.body()).contains("Vienna");
    HttpResponse<String> again = client.post("/api/articles?published=2015-07-14", text,
        "Authorization", "Bearer " + token.value());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(store.stats().count("articles")).isEqualTo(before + 1);
  }

  @Test
  void twoPostedArticlesAreBothKept() {
    long before = store.stats().count("articles");
    for (String city : new String[] {"Geneva", "Oslo"}) {
      HttpResponse<String> stored = client.post("/api/articles?published=2026-03-02",
          "Talks in " + city + "\n\nDiplomats met in " + city + " on Monday. \"We made"
              + " progress,\" the foreign minister said.\n",
          "Authorization", "Bearer " + token.value(), "Content-Type", "text/plain");
      assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }
    assertThat(store.stats().count("articles")).isEqualTo(before + 2);
  }
}
