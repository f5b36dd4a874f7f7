package org.dossier.server;

import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.dossier.store.QuerySyntaxException;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLockedException;

/**
 * Turns every failure into an HTTP status and a one-line JSON body
 * {@code {"error": "...", "status": N}}, in one place. Messages meant for users pass through;
 * anything unexpected becomes a 500 that reveals no class names or stack traces.
 */
final class ErrorMapping {

  private ErrorMapping() {
  }

  static void register(Javalin app) {
    app.exception(HttpResponseException.class, (e, ctx) -> reply(ctx, e.getStatus(),
        e.getMessage()));
    app.exception(QuerySyntaxException.class, (e, ctx) -> reply(ctx, 400, e.describe()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> reply(ctx, 400, e.getMessage()));
    app.exception(StoreLockedException.class, (e, ctx) -> reply(ctx, 503, e.describe()));
    app.exception(StoreException.class, (e, ctx) -> {
      System.err.println("dossier serve: " + e.describe());
      reply(ctx, 500, "the store could not answer this request");
    });
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("dossier serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      reply(ctx, 500, "internal error");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        reply(ctx, 404, "not found: " + ctx.path());
      }
    });
    app.error(405, ctx -> reply(ctx, 405, "method " + ctx.method() + " not allowed on "
        + ctx.path()));
  }

  /** Refuses a body whose declared length is over the limit before anything reads it. */
  static void refuseLargeBody(Context ctx, long maxBytes) {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw new ContentTooLargeResponse("request body over " + maxBytes + " bytes");
    }
  }

  private static void reply(Context ctx, int status, String message) {
    String line = message == null || message.isBlank() ? "error " + status
        : message.lines().findFirst().orElse("");
    JsonReply.send(ctx, status, new ApiError(line, status));
  }
}
