package org.dossier.server;

import io.javalin.http.Context;
import org.dossier.model.DossierJson;

/** Writes an answer as JSON in the contract's style (ISO dates, absent values as null). */
final class JsonReply {

  private JsonReply() {
  }

  static void send(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json; charset=utf-8")
        .result(DossierJson.toJsonLine(body));
  }

  static void ok(Context ctx, Object body) {
    send(ctx, 200, body);
  }
}
