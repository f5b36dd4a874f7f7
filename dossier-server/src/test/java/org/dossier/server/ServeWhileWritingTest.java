package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.dossier.model.DossierJson;
import org.dossier.store.StoreItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server answers while its store takes new batches (as `POST /api/articles` stores them):
 * every answer is whole, and the counts only grow, batch by batch.
 */
class ServeWhileWritingTest {

  private static final int BATCHES = 20;
  private static final int BATCH = 10;

  @TempDir
  Path folder;

  @Test
  void answersReadsInFullWhileBatchesAreCommitted() throws Exception {
    try (RunningServer server = RunningServer.start(folder, 5, ServerSettings.defaults())) {
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        for (int b = 0; b < BATCHES; b++) {
          int from = 5 + b * BATCH;
          server.store.write(IntStream.range(from, from + BATCH)
              .mapToObj(n -> StoreItem.of(StoredArticles.article(n))).toList());
        }
      });
      List<Long> seen = new ArrayList<>();
      while (!writer.isDone()) {
        JsonNode stats = json(server.get("/api/stats"));
        long articles = stats.get("articles").asLong();
        // A batch is committed whole or not at all: articles arrive ten at a time.
        assertThat((articles - 5) % BATCH).isZero();
        assertThat(stats.get("quotes").asLong()).isEqualTo(articles);
        json(server.get("/api/search?speaker=Araghchi&limit=5"));
        json(server.get("/api/articles?limit=5"));
        seen.add(articles);
      }
      writer.join();
      assertThat(seen).isSorted().isNotEmpty();
      assertThat(json(server.get("/api/stats")).get("articles").asLong())
          .isEqualTo(5 + BATCHES * BATCH);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return DossierJson.read(response.body(), JsonNode.class);
  }
}
