package org.dossier.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.server.DocumentAnalysis;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerSettings;
import org.dossier.server.WriteToken;
import org.dossier.store.DossierStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier serve}: the REST API and web UI over the store, until interrupted. The server
 * opens the store for writing, so it is the store's single writer while it runs.
 */
@Command(name = "serve", sortOptions = false,
    description = {"Serve the REST API (under /api) and the web UI over the store.",
        "Reading needs nothing; storing an article (POST /api/articles, or \"Save\" in the UI)"
            + " needs the token kept beside the store in FILE.token, printed when first made."},
    footer = {"", "Exit codes: 0 stopped, 3 store or address unusable (locked, port in use)."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "The port (0 for any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
      description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces with errors.")
  boolean verbose;

  @Mixin
  StoreOptions store;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch closed = new CountDownLatch(1);
    try (DossierStore opened = store.openForWriting()) {
      WriteToken token = WriteToken.forStore(opened.path());
      try (DossierServer server = DossierServer.start(ServerSettings.defaults().withHost(host)
          .withPort(port), opened, token, DocumentAnalysis.builtIn())) {
        out.println("dossier: serving " + opened.path() + " at " + server.url() + "/ (Ctrl-C stops)");
        out.println(token.created()
            ? "dossier: write token (shown this once; kept in " + token.file() + "): " + token.value()
            : "dossier: write token: in " + token.file());
        if (!loopback(host)) {
          spec.commandLine().getErr().println("dossier: warning: listening on " + host
              + ": anyone who can reach it can read the store");
        }
        out.flush();
        // Ctrl-C: stop serving, then give the store a moment to close cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.close();
          awaitQuietly(closed);
        }, "dossier-serve-stop"));
        server.awaitStop();
      }
    } finally {
      closed.countDown();
    }
    return ExitCode.OK;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
