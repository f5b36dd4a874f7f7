package org.dossier.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

/** Lets a request through only when it carries the store's token as a bearer token. */
final class TokenGuard {

  private final WriteToken token;

  TokenGuard(WriteToken token) {
    this.token = token;
  }

  void require(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      throw new UnauthorizedResponse("this needs the server's token: send the header"
          + " 'Authorization: Bearer TOKEN' (the token is in " + token.file().getFileName() + ")");
    }
    if (!token.matches(header.substring("Bearer ".length()).strip())) {
      throw new ForbiddenResponse("wrong token");
    }
  }
}
