package org.dossier.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads query parameters, refusing bad values with a 400 that names the parameter. */
final class RequestParams {

  /** The deepest page a client may ask for: pagination is for reading, not for bulk export. */
  static final int MAX_OFFSET = 10_000;
  static final int MAX_LIMIT = 200;

  private final Context ctx;

  RequestParams(Context ctx) {
    this.ctx = ctx;
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  String required(String name) {
    return text(name).orElseThrow(() -> new BadRequestResponse("missing query parameter '"
        + name + "'"));
  }

  Optional<LocalDate> date(String name) {
    Optional<String> value = text(name);
    try {
      return value.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse("query parameter '" + name + "' is not a date (YYYY-MM-DD): '"
          + value.orElse("") + "'");
    }
  }

  int number(String name, int fallback, int min, int max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n < min || n > max) {
        throw new BadRequestResponse("query parameter '" + name + "' must be " + min + ".." + max
            + ": " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("query parameter '" + name + "' is not a number: '"
          + value.get() + "'");
    }
  }

  int offset() {
    return number("offset", 0, 0, MAX_OFFSET);
  }

  int limit(int fallback) {
    return number("limit", fallback, 1, MAX_LIMIT);
  }
}
