package org.dossier.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreItem;

/**
 * A real server on a free loopback port over a real store in a temporary folder, holding
 * {@code articles} of {@link StoredArticles}, and a real HTTP client to ask it. The analysis
 * models are never loaded: a test that reaches them fails.
 */
final class RunningServer implements AutoCloseable {

  final DossierStore store;
  final WriteToken token;
  final DossierServer server;
  private final RunningClient client;

  private RunningServer(DossierStore store, WriteToken token, DossierServer server) {
    this.store = store;
    this.token = token;
    this.server = server;
    this.client = new RunningClient(server);
  }

  static RunningServer start(Path folder, int articles, ServerSettings settings) {
    Path database = folder.resolve("dossier.duckdb");
    DossierStore store = DossierStore.open(database);
    if (articles > 0) {
      store.write(IntStream.range(0, articles)
          .mapToObj(n -> StoreItem.of(StoredArticles.article(n))).toList());
    }
    WriteToken token = WriteToken.forStore(database);
    DocumentAnalysis analysis = new DocumentAnalysis(
        Ingest.create(KnowledgeBase.builtIn(), IngestOptions.defaults()), () -> {
          throw new AssertionError("fast tests must not load the analysis models");
        });
    return new RunningServer(store, token,
        DossierServer.start(settings.withPort(0), store, token, analysis));
  }

  HttpResponse<String> get(String path) {
    return client.get(path);
  }

  HttpResponse<String> post(String path, String body, String... headers) {
    return client.post(path, body, headers);
  }

  HttpResponse<String> send(HttpRequest request) {
    return client.send(request);
  }

  URI uri(String path) {
    return client.uri(path);
  }

  /** Sends a request line exactly as given, without any client normalizing the path. */
  List<String> raw(String requestTarget) {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return List.of(response.lines().findFirst().orElse(""), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      store.close();
    }
  }
}
