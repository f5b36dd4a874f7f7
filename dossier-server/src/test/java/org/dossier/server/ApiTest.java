package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read API over a real store of 25 hand-built articles, asked over real HTTP. */
class ApiTest {

  private static final int ARTICLES = 25;

  @TempDir
  static Path folder;

  private static RunningServer server;

  @BeforeAll
  static void start() {
    server = RunningServer.start(folder, ARTICLES, ServerSettings.defaults());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode json(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    return DossierJson.read(response.body(), JsonNode.class);
  }

  private static void assertError(HttpResponse<String> response, int status, String words) {
    JsonNode body = json(response, status);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).contains(words);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("org.dossier");
  }

  @Test
  void statsCountTheStoredTables() {
    JsonNode stats = json(server.get("/api/stats"), 200);
    assertThat(stats.get("articles").asLong()).isEqualTo(ARTICLES);
    assertThat(stats.get("quotes").asLong()).isEqualTo(ARTICLES);
    assertThat(stats.get("events").asLong()).isEqualTo(ARTICLES);
  }

  @Test
  void articlesComeNewestFirstOnePageAtATime() {
    JsonNode first = json(server.get("/api/articles?limit=10"), 200);
    assertThat(first.get("total").asLong()).isEqualTo(ARTICLES);
    assertThat(first.get("results")).hasSize(10);
    assertThat(first.get("results").get(0).at("/article/published").asText())
        .isEqualTo(StoredArticles.day(ARTICLES - 1).toString());

    JsonNode last = json(server.get("/api/articles?offset=20&limit=10"), 200);
    assertThat(last.get("offset").asInt()).isEqualTo(20);
    assertThat(last.get("results")).hasSize(5);
    assertThat(last.get("results").get(4).at("/article/published").asText())
        .isEqualTo(StoredArticles.day(0).toString());

    List<String> ids = new ArrayList<>();
    for (int offset = 0; offset < ARTICLES; offset += 7) {
      json(server.get("/api/articles?limit=7&offset=" + offset), 200).get("results")
          .forEach(hit -> ids.add(hit.at("/article/id").asText()));
    }
    assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
  }

  @Test
  void aPageBeyondTheEndIsEmpty() {
    assertThat(json(server.get("/api/articles?offset=100"), 200).get("results")).isEmpty();
  }

  @Test
  void badPaginationIsRefusedNamingTheParameter() {
    assertError(server.get("/api/articles?limit=0"), 400, "'limit' must be 1..200");
    assertError(server.get("/api/articles?offset=-1"), 400, "'offset'");
    assertError(server.get("/api/articles?limit=ten"), 400, "'limit' is not a number: 'ten'");
    assertError(server.get("/api/articles?offset=20000"), 400, "'offset' must be 0..10000");
  }

  @Test
  void anArticleIsFoundByIdWithItsQuotes() {
    String id = StoredArticles.article(3).article().id();
    JsonNode found = json(server.get("/api/articles/" + id), 200);
    assertThat(found.at("/article/id").asText()).isEqualTo(id);
    assertThat(found.at("/article/title").asText()).isEqualTo("Story 3: Araghchi meets Trump");
    assertThat(found.get("quotes")).hasSize(1);
    assertThat(found.get("quotes").get(0).get("text").asText()).isEqualTo("We want a deal number 3,");
    assertThat(found.get("quotes").get(0).get("speakerName").asText()).isEqualTo("Abbas Araghchi");
  }

  @Test
  void anArticleComesWithItsWholeStoredRecord() {
    AnalyzedArticle stored = StoredArticles.article(3);
    JsonNode found = json(server.get("/api/articles/" + stored.article().id()), 200);
    assertThat(found.get("analyzed")).isEqualTo(DossierJson.toTree(stored));
  }

  @Test
  void anUnknownArticleIsNotFound() {
    assertError(server.get("/api/articles/" + "0".repeat(64)), 404, "no article");
    assertError(server.get("/api/articles/not-an-id"), 404, "64 hex digits");
  }

  @Test
  void anEntityHasItsQuotesAndTheEventsItIsPartyTo() {
    JsonNode trump = json(server.get("/api/entities/Q22686"), 200);
    assertThat(trump.get("name").asText()).isEqualTo("Donald Trump");
    assertThat(trump.at("/quotes/total").asLong()).isEqualTo(13);
    trump.at("/quotes/results").forEach(q -> assertThat(q.get("speakerId").asText())
        .isEqualTo("Q22686"));
    JsonNode timeline = trump.at("/timeline/results");
    long events = 0;
    String previous = "";
    for (JsonNode entry : timeline) {
      assertThat(entry.get("day").asText()).isGreaterThanOrEqualTo(previous);
      previous = entry.get("day").asText();
      if (entry.get("kind").asText().equals("event")) {
        events++;
        assertThat(entry.get("code").asText()).isEqualTo("CONSULT");
        assertThat(entry.get("location").asText()).isEqualTo("Muscat");
      }
    }
    // Trump is the source of the even meetings and the target of the odd ones.
    assertThat(events).isEqualTo(ARTICLES);
  }

  @Test
  void anEntityWithALocalIdIsFoundByItsEncodedId() {
    JsonNode araghchi = json(server.get("/api/entities/dossier%3Aperson%3Aabbas-araghchi"), 200);
    assertThat(araghchi.get("name").asText()).isEqualTo("Abbas Araghchi");
    assertThat(araghchi.at("/quotes/total").asLong()).isEqualTo(12);
  }

  @Test
  void anUnknownEntityIsNotFound() {
    assertError(server.get("/api/entities/Q1"), 404, "no quotes or events of entity Q1");
    assertError(server.get("/api/entities/%3Cscript%3E"), 404, "no entity");
  }

  @Test
  void searchNarrowsByWordsSpeakerAndDates() {
    JsonNode bySpeaker = json(server.get("/api/search?speaker=Araghchi&limit=50"), 200);
    assertThat(bySpeaker.get("total").asLong()).isEqualTo(12);
    JsonNode byWords = json(server.get("/api/search?q=%22number%207%22"), 200);
    assertThat(byWords.get("results")).hasSize(1);
    assertThat(byWords.get("results").get(0).at("/article/title").asText())
        .startsWith("Story 7:");
    JsonNode byDates = json(server.get("/api/search?from=" + StoredArticles.day(2) + "&to="
        + StoredArticles.day(4) + "&event=consult"), 200);
    assertThat(byDates.get("total").asLong()).isEqualTo(3);
  }

  @Test
  void badSearchInputIsABadRequest() {
    assertError(server.get("/api/search?q=%22unclosed"), 400, "could not parse query");
    assertError(server.get("/api/search?from=yesterday"), 400,
        "'from' is not a date (YYYY-MM-DD): 'yesterday'");
    assertError(server.get("/api/search?from=2026-02-01&to=2026-01-01"), 400, "after 'to'");
  }

  @Test
  void aTimelineNeedsAnActor() {
    assertError(server.get("/api/timeline"), 400, "missing query parameter 'actor'");
    JsonNode towards = json(server.get("/api/timeline?actor=Trump&target=Araghchi"), 200);
    towards.get("results").forEach(entry -> {
      if (entry.get("kind").asText().equals("event")) {
        assertThat(entry.get("actor").asText()).isEqualTo("Donald Trump");
        assertThat(entry.get("target").asText()).isEqualTo("Abbas Araghchi");
      }
    });
    assertThat(towards.get("results")).isNotEmpty();
  }

  @Test
  void storiesClusterTheMeetings() {
    JsonNode stories = json(server.get("/api/stories"), 200);
    assertThat(stories.get("results")).isNotEmpty();
    assertThat(stories.get("results").get(0).get("codes").toString()).contains("CONSULT");
  }

  @Test
  void theOpenApiDescriptionListsEveryEndpoint() {
    JsonNode api = json(server.get("/api/openapi.json"), 200);
    assertThat(api.get("openapi").asText()).startsWith("3.");
    assertThat(api.get("paths").fieldNames()).toIterable().contains("/api/analyze",
        "/api/articles", "/api/articles/{id}", "/api/entities/{id}", "/api/search",
        "/api/timeline", "/api/stories", "/api/stats");
  }

  @Test
  void theExportNeedsTheTokenAndSendsEveryTableZipped() throws Exception {
    assertError(server.get("/api/export"), 401, "needs the server's token");
    String bearer = "Bearer " + server.token.value();
    assertError(server.send(HttpRequest.newBuilder(server.uri("/api/export?format=xml"))
        .header("Authorization", bearer).build()), 400, "'format' must be jsonl, csv or parquet");
    HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        server.uri("/api/export?format=jsonl")).header("Authorization", bearer).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, Long> lines = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        lines.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .count());
      }
    }
    assertThat(lines).containsEntry("articles.jsonl", (long) ARTICLES)
        .containsEntry("quotes.jsonl", (long) ARTICLES).containsKey("events.jsonl");
  }

  @Test
  void anUnknownPathIsNotFoundInJson() {
    assertError(server.get("/api/nothing-here"), 404, "not found");
  }

  @Test
  void aWrongMethodIsRefused() {
    HttpResponse<String> response = server.post("/api/stats", "");
    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(response.body()).doesNotContain("Exception");
  }
}
