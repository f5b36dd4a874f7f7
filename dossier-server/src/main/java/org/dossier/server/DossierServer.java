package org.dossier.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import org.dossier.store.DossierStore;

/**
 * The REST API and web UI over one open store, in one Javalin server. Reads need nothing;
 * storing ({@code POST /api/articles}) and the bulk export ({@code GET /api/export}) need the
 * store's {@link WriteToken}. The server is the store's single writer while it runs. The
 * analysis models load on the first analyze request. Thread-safe; closing stops the server but
 * leaves the store open.
 *
 * <pre>{@code
 * try (DossierStore store = DossierStore.open(Path.of("dossier.duckdb"));
 *      DossierServer server = DossierServer.start(ServerSettings.defaults(), store,
 *          WriteToken.forStore(store.path()), DocumentAnalysis.builtIn())) {
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class DossierServer implements AutoCloseable {

  private final Javalin app;
  private final String host;

  private DossierServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts serving {@code store}; returns once the port is open.
   *
   * @throws ServerException when the address cannot be bound (e.g. the port is in use)
   */
  public static DossierServer start(ServerSettings settings, DossierStore store, WriteToken token,
      DocumentAnalysis analysis) {
    requireNonNull(settings, "settings");
    requireNonNull(analysis, "analysis");
    TokenGuard guard = new TokenGuard(requireNonNull(token, "token"));
    AnalyzeEndpoints analyze = new AnalyzeEndpoints(
        new PostedDocument(analysis.ingest(), settings.maxBodyBytes()),
        new OnDemandAnalysis(analysis.models()), requireNonNull(store, "store"), guard,
        new ClientRateLimit(settings.analyzePerMinute()));
    ExportEndpoint export = new ExportEndpoint(store, guard);
    Javalin app = create(settings, Routes.api(analyze, new StoreEndpoints(store), export));
    ErrorMapping.register(app);
    try {
      app.start(settings.host(), settings.port());
    } catch (JavalinBindException e) {
      throw new ServerException(settings.host() + ":" + settings.port(), "cannot listen there ("
          + e.getMessage() + "); choose another port with --port", e);
    }
    return new DossierServer(app, settings.host());
  }

  // The UI from the classpath, the API routes, and the checks every request passes first.
  private static Javalin create(ServerSettings settings, EndpointGroup routes) {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.http.prefer405over404 = true;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        files.headers = SecurityHeaders.ALL;
      });
      config.router.apiBuilder(routes);
    });
    app.before(ctx -> {
      SecurityHeaders.apply(ctx);
      ErrorMapping.refuseLargeBody(ctx, settings.maxBodyBytes());
    });
    app.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
    return app;
  }

  /** The port it listens on (the chosen one when started on port 0). */
  public int port() {
    return app.port();
  }

  /** The base address, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port();
  }

  /** Blocks until the server stops (on close, or when the JVM shuts down). */
  public void awaitStop() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    app.stop();
  }
}
