package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server refuses and the headers that protect its pages. */
class SecurityTest {

  private static final int MAX_BODY = 10_000;
  private static final int ANALYZE_PER_MINUTE = 3;

  @TempDir
  static Path folder;

  private static RunningServer server;

  @BeforeAll
  static void start() {
    server = RunningServer.start(folder, 2, ServerSettings.defaults().withMaxBodyBytes(MAX_BODY)
        .withAnalyzePerMinute(ANALYZE_PER_MINUTE));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pagesAndAnswersCarryAStrictContentSecurityPolicy() {
    for (String path : List.of("/", "/index.html", "/js/dom.js", "/css/app.css", "/api/stats",
        "/api/nothing")) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
              .contains("script-src 'self'").contains("object-src 'none'")
              .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path)
          .hasValue("nosniff");
    }
  }

  @Test
  void theUiIsServedFromTheClasspath() {
    HttpResponse<String> index = server.get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<form id=\"analyze-form\"");
    assertThat(index.body()).doesNotContain("<script>").doesNotContain("onclick=");
    assertThat(server.get("/js/article-view.js").headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
  }

  @Test
  void pathsOutsideTheWebFolderAreNotServed() {
    for (String target : List.of("/../openapi.json", "/%2e%2e/openapi.json",
        "/js/..%2f..%2fopenapi.json", "/..%5c..%5copenapi.json", "/%2e%2e/%2e%2e/etc/passwd",
        "/../../../../etc/passwd", "/org/dossier/server/DossierServer.class",
        "/web/index.html", "/js/%2e%2e/%2e%2e/openapi.json")) {
      List<String> response = server.raw(target);
      assertThat(response.get(0)).as(target).matches("HTTP/1\\.1 (400|404) .*");
      assertThat(response.get(1)).as(target).doesNotContain("\"openapi\"")
          .doesNotContain("root:").doesNotContain("Exception");
    }
  }

  @Test
  void writingWithoutTheTokenIsUnauthorized() {
    HttpResponse<String> none = server.post("/api/articles", "Some article text.");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.body()).contains("\"status\":401").contains("Authorization: Bearer");
    HttpResponse<String> wrong = server.post("/api/articles", "Some article text.",
        "Authorization", "Bearer " + "f".repeat(64));
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).doesNotContain(server.token.value());
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    HttpResponse<String> declared = server.post("/api/analyze", "x".repeat(MAX_BODY + 1));
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).contains("\"status\":413");
  }

  @Test
  void aChunkedBodyOverTheLimitIsTooLarge() {
    byte[] body = "y".repeat(MAX_BODY * 3).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(server.uri("/api/analyze"))
        .header("Authorization", "Bearer " + server.token.value())
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build());
    assertThat(chunked.statusCode()).isEqualTo(413);
  }

  @Test
  void anEmptyDocumentIsABadRequest() {
    try (RunningServer fresh = RunningServer.start(folder.resolve("empty"), 0,
        ServerSettings.defaults())) {
      HttpResponse<String> response = fresh.post("/api/analyze?published=2026-02-11", "  \n ");
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"error\":\"empty body: post the text or HTML of an"
          + " article\",\"status\":400}");
      assertThat(fresh.post("/api/analyze?published=soon", "text").body())
          .contains("'published' is not a date");
    }
  }

  @Test
  void analyzeIsRateLimitedPerClient() {
    try (RunningServer fresh = RunningServer.start(folder.resolve("limited"), 0,
        ServerSettings.defaults().withAnalyzePerMinute(2))) {
      assertThat(fresh.post("/api/analyze", "").statusCode()).isEqualTo(400);
      assertThat(fresh.post("/api/analyze", "").statusCode()).isEqualTo(400);
      HttpResponse<String> third = fresh.post("/api/analyze", "");
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.headers().firstValue("Retry-After")).isPresent();
      assertThat(third.body()).contains("too many analyze requests");
      assertThat(fresh.get("/api/stats").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theTokenIsCreatedOnceAndReadableByItsOwnerOnly() throws Exception {
    Path database = folder.resolve("tokens").resolve("dossier.duckdb");
    WriteToken first = WriteToken.forStore(database);
    WriteToken again = WriteToken.forStore(database);
    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.value()).isEqualTo(first.value()).hasSize(64);
    assertThat(first.file()).hasFileName("dossier.duckdb.token");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())))
        .isEqualTo("rw-------");
    assertThat(first.matches(first.value())).isTrue();
    assertThat(first.matches(first.value().substring(1))).isFalse();
  }

  @Test
  void theServerListensOnLoopbackUnlessToldOtherwise() {
    assertThat(ServerSettings.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(server.server.url()).startsWith("http://127.0.0.1:");
  }
}
