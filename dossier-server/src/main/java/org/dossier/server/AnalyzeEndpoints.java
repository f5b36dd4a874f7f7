package org.dossier.server;

import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.store.DossierStore;
import org.dossier.store.StoreItem;
import org.dossier.store.WriteResult;

/**
 * Analyzes posted documents: {@code POST /api/analyze} answers with the contract JSON and keeps
 * nothing; {@code POST /api/articles} (token required) also stores the article. Both are rate
 * limited per client, and at most as many analyses run at once as there are processors, so a
 * burst queues instead of exhausting memory.
 */
final class AnalyzeEndpoints {

  private final PostedDocument documents;
  private final OnDemandAnalysis analysis;
  private final DossierStore store;
  private final TokenGuard guard;
  private final ClientRateLimit rateLimit;
  private final Semaphore running = new Semaphore(
      Math.max(1, Runtime.getRuntime().availableProcessors()), true);

  AnalyzeEndpoints(PostedDocument documents, OnDemandAnalysis analysis, DossierStore store,
      TokenGuard guard, ClientRateLimit rateLimit) {
    this.documents = documents;
    this.analysis = analysis;
    this.store = store;
    this.guard = guard;
    this.rateLimit = rateLimit;
  }

  void analyze(Context ctx) {
    limitRate(ctx);
    JsonReply.ok(ctx, analyze(documents.read(ctx)));
  }

  void store(Context ctx) {
    guard.require(ctx);
    limitRate(ctx);
    AnalyzedArticle analyzed = analyze(documents.read(ctx));
    // A posted document has no file name to be a version of: unless it names its URL, its
    // origin is its content, so a second posted article never replaces the first.
    String origin = analyzed.article().url().orElse("posted:" + analyzed.article().id());
    WriteResult result = store.write(List.of(new StoreItem(analyzed, origin)));
    ctx.header("Location", "/api/articles/" + analyzed.article().id());
    JsonReply.send(ctx, result.stored() + result.replaced() > 0 ? 201 : 200, analyzed);
  }

  private AnalyzedArticle analyze(Article article) {
    running.acquireUninterruptibly();
    try {
      return analysis.get().analyze(article);
    } finally {
      running.release();
    }
  }

  private void limitRate(Context ctx) {
    String client = ctx.ip();
    if (!rateLimit.tryAcquire(client)) {
      ctx.header("Retry-After", Long.toString(rateLimit.secondsToWait(client)));
      throw new TooManyRequestsResponse("too many analyze requests from " + client
          + "; try again in " + rateLimit.secondsToWait(client) + " s");
    }
  }
}
