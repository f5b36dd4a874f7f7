package org.dossier.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.store.DossierStore;
import org.dossier.store.Filters;
import org.dossier.store.Results;
import org.dossier.store.SearchHit;
import org.dossier.store.StoredQuote;
import org.dossier.store.StoryQuery;
import org.dossier.store.TimelineEntry;

/**
 * The read endpoints over the store: articles, one article, an entity with its quotes and
 * events, search, quotes, timeline, stories and counts. Each parses its parameters, asks
 * {@link DossierStore} and renders JSON; the store queries with parameters only.
 */
final class StoreEndpoints {

  private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern ENTITY_ID = Pattern.compile("[\\p{L}\\p{N}:_.\\-]{1,200}");
  private static final int ENTITY_RECORDS = 200;

  private final DossierStore store;

  StoreEndpoints(DossierStore store) {
    this.store = store;
  }

  void articles(Context ctx) {
    RequestParams params = new RequestParams(ctx);
    int limit = params.limit(20);
    JsonReply.ok(ctx, page(params.offset(), limit, store.search("", Filters.none(),
        params.offset() + limit)));
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    if (!ARTICLE_ID.matcher(id).matches()) {
      throw new NotFoundResponse("no article " + shorten(id) + ": ids are 64 hex digits");
    }
    List<SearchHit> hits = store.search("id:" + id, Filters.none(), 1).results();
    if (hits.isEmpty()) {
      throw new NotFoundResponse("no article " + id + " in the store");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("article", hits.get(0).article());
    body.put("snippet", hits.get(0).snippet());
    body.put("quotes", store.quotes("id:" + id, Filters.none(), ENTITY_RECORDS).results());
    // The whole stored record, for the page that shows the text with everything marked.
    body.put("analyzed", store.article(id).orElse(null));
    JsonReply.ok(ctx, body);
  }

  void entity(Context ctx) {
    String id = ctx.pathParam("id");
    if (!ENTITY_ID.matcher(id).matches()) {
      throw new NotFoundResponse("no entity " + shorten(id));
    }
    Results<StoredQuote> quotes = store.quotes("", Filters.none().withSpeaker(id), ENTITY_RECORDS);
    Results<TimelineEntry> timeline = store.timeline(Filters.none().withActor(id), ENTITY_RECORDS);
    if (quotes.results().isEmpty() && timeline.results().isEmpty()) {
      throw new NotFoundResponse("no quotes or events of entity " + id + " in the store");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("name", name(id, quotes.results(), timeline.results()).orElse(null));
    body.put("quotes", quotes);
    body.put("timeline", timeline);
    JsonReply.ok(ctx, body);
  }

  void search(Context ctx) {
    RequestParams params = new RequestParams(ctx);
    int limit = params.limit(20);
    JsonReply.ok(ctx, page(params.offset(), limit, store.search(params.text("q").orElse(""),
        filters(params), params.offset() + limit)));
  }

  void quotes(Context ctx) {
    RequestParams params = new RequestParams(ctx);
    int limit = params.limit(20);
    JsonReply.ok(ctx, page(params.offset(), limit, store.quotes(params.text("q").orElse(""),
        filters(params), params.offset() + limit)));
  }

  void timeline(Context ctx) {
    RequestParams params = new RequestParams(ctx);
    params.required("actor");
    int limit = params.limit(100);
    JsonReply.ok(ctx, page(params.offset(), limit, store.timeline(filters(params),
        params.offset() + limit)));
  }

  void stories(Context ctx) {
    RequestParams params = new RequestParams(ctx);
    StoryQuery query = StoryQuery.defaults().withActor(params.text("actor").orElse(null))
        .withDates(params.date("from").orElse(null), params.date("to").orElse(null))
        .withLimit(params.number("limit", 10, 1, 50), 12);
    JsonReply.ok(ctx, Map.of("results", store.stories(query)));
  }

  void stats(Context ctx) {
    JsonReply.ok(ctx, store.stats());
  }

  private static Filters filters(RequestParams params) {
    Filters filters = Filters.none().withDates(params.date("from").orElse(null),
        params.date("to").orElse(null));
    if (filters.from().isPresent() && filters.to().isPresent()
        && filters.from().get().isAfter(filters.to().get())) {
      throw new BadRequestResponse("'from' " + filters.from().get() + " is after 'to' "
          + filters.to().get());
    }
    return filters.withSpeaker(params.text("speaker").orElse(null))
        .withActor(params.text("actor").orElse(null))
        .withTarget(params.text("target").orElse(null))
        .withEvent(params.text("event").map(v -> v.toUpperCase(Locale.ROOT)).orElse(null))
        .withCountry(params.text("country").map(v -> v.toUpperCase(Locale.ROOT)).orElse(null));
  }

  // The store answers the first offset + limit results; the page is the tail of them.
  private static <T> Page<T> page(int offset, int limit, Results<T> results) {
    List<T> all = results.results();
    List<T> tail = offset >= all.size() ? List.of() : all.subList(offset, all.size());
    return new Page<>(results.total(), results.exact(), offset, limit, tail);
  }

  // The entity's name as its own quotes give it; events name their parties only by side.
  private static Optional<String> name(String id, List<StoredQuote> quotes,
      List<TimelineEntry> timeline) {
    return quotes.stream().filter(q -> q.speakerId().map(id::equals).orElse(false))
        .map(StoredQuote::speakerName).flatMap(Optional::stream).findFirst()
        .or(() -> timeline.stream().filter(e -> e.kind().equals("quote"))
            .map(TimelineEntry::actor).findFirst());
  }

  private static String shorten(String id) {
    return id.length() > 80 ? "'" + id.substring(0, 80) + "…'" : "'" + id + "'";
  }
}
