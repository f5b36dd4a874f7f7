package org.dossier.server;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API as a table: every path, its method and the handler that answers it. */
final class Routes {

  private Routes() {
  }

  static EndpointGroup api(AnalyzeEndpoints analyze, StoreEndpoints store,
      ExportEndpoint export) {
    return () -> path("/api", () -> {
      get("/openapi.json", Routes::openApi);
      post("/analyze", analyze::analyze);
      path("/articles", () -> {
        get(store::articles);
        post(analyze::store);
        get("/{id}", store::article);
      });
      get("/entities/{id}", store::entity);
      get("/search", store::search);
      get("/quotes", store::quotes);
      get("/timeline", store::timeline);
      get("/stories", store::stories);
      get("/stats", store::stats);
      get("/export", export::export);
    });
  }

  private static void openApi(Context ctx) {
    try (InputStream in = Routes.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server jar");
      }
      ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
