package org.dossier.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.model.Article;

/**
 * Reads a request body into an article: plain text or an HTML page, as the Content-Type says
 * (anything else is detected from the content), with {@code published} as the date to assume
 * when the document gives none. Bodies over the limit are refused while reading, so a body
 * without a Content-Length cannot get past it either.
 */
final class PostedDocument {

  private final Ingest ingest;
  private final long maxBytes;

  PostedDocument(Ingest ingest, long maxBytes) {
    this.ingest = ingest;
    this.maxBytes = maxBytes;
  }

  Article read(Context ctx) {
    Optional<LocalDate> published = new RequestParams(ctx).date("published");
    byte[] body = body(ctx);
    if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw new BadRequestResponse("empty body: post the text or HTML of an article");
    }
    ReadOutcome outcome = ingest.read(Source.of(name(ctx.contentType()), body));
    if (outcome instanceof ReadOutcome.Failed failed) {
      throw new HttpResponseException(422, failed.error().getMessage());
    }
    Article article = ((ReadOutcome.Read) outcome).articles().get(0);
    if (article.published().isEmpty() && published.isPresent()) {
      return article.toBuilder().published(published.get()).build();
    }
    return article;
  }

  // The name tells ingest the format; without an extension it goes by the content.
  private static String name(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
      return "posted.html";
    }
    if (type.startsWith("text/plain")) {
      return "posted.txt";
    }
    return "posted";
  }

  private byte[] body(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new ContentTooLargeResponse("request body over " + maxBytes + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the request body", e);
    }
  }
}
