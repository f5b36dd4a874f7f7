package org.dossier.store.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The queries behind each exported table. Child rows name their article by its content id
 * ({@code article_id}); rows come in store order so exports of one store are identical.
 * {@code gdelt_events} follows the column names and meaning of the GDELT 2.0 event table where
 * Dossier has the data (actor codes are entity ids, country codes ISO 3166-1 alpha-2, not
 * FIPS); {@code events.plover} is PLOVER/POLECAT-style JSON, one event per line.
 */
final class ExportQueries {

  static final String PLOVER = "events.plover";

  private static final String ARTICLE_ID = "SELECT a.id AS article_id, t.* EXCLUDE (article_seq)"
      + " FROM %s t JOIN articles a ON a.seq = t.article_seq ORDER BY a.seq%s";

  private static final String GDELT = """
      SELECT row_number() OVER (ORDER BY a.seq, e.ordinal) AS GLOBALEVENTID,
        CAST(strftime(e.day, '%Y%m%d') AS INTEGER) AS SQLDATE,
        CAST(strftime(e.day, '%Y%m') AS INTEGER) AS MonthYear, year(e.day) AS "Year",
        e.source_id AS Actor1Code, upper(e.source_name) AS Actor1Name,
        e.source_country AS Actor1CountryCode, e.source_sector AS Actor1Type1Code,
        e.target_id AS Actor2Code, upper(e.target_name) AS Actor2Name,
        e.target_country AS Actor2CountryCode, e.target_sector AS Actor2Type1Code,
        CASE WHEN e.quote_ordinal IS NULL THEN 1 ELSE 0 END AS IsRootEvent,
        e.cameo AS EventCode, left(e.cameo, 3) AS EventBaseCode, left(e.cameo, 2) AS EventRootCode,
        e.quad_class AS QuadClass, 1 AS NumMentions, 1 AS NumSources, 1 AS NumArticles,
        e.location_name AS ActionGeo_FullName, e.location_country AS ActionGeo_CountryCode,
        e.lat AS ActionGeo_Lat, e.lon AS ActionGeo_Long,
        CAST(strftime(a.ingested_at, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED,
        coalesce(a.url, a.source) AS SOURCEURL, e.code AS PloverCode, a.id AS ArticleId,
        e.sentence AS Sentence
      FROM events e JOIN articles a ON a.seq = e.article_seq ORDER BY a.seq, e.ordinal""";

  private static final String PLOVER_JSON = """
      SELECT a.id || '-' || e.ordinal AS id, strftime(e.day, '%Y-%m-%d') AS date,
        [struct_pack(code := e.source_country, sector := e.source_sector,
          entity_text := e.source_name, identifier_id := e.source_id,
          identifier_text := e.source_name)] AS actor,
        CASE WHEN e.target_id IS NULL THEN NULL ELSE [struct_pack(code := e.target_country,
          sector := e.target_sector, entity_text := e.target_name, identifier_id := e.target_id,
          identifier_text := e.target_name)] END AS recipient,
        [e.code] AS event, CASE WHEN e.mode IS NULL THEN NULL ELSE [e.mode] END AS mode,
        e.quad_class AS quad_code,
        CASE WHEN e.location_name IS NULL THEN NULL ELSE struct_pack(
          extracted_place := e.location_name, lat := e.lat, lon := e.lon,
          country_code := e.location_country) END AS event_loc,
        [e.sentence] AS event_text,
        struct_pack(start := e.start, "end" := e."end") AS text_info,
        struct_pack(url := coalesce(a.url, a.source), title := a.title,
          publication := a.site_name, language := a.language, coder := 'dossier',
          codebook := 'PLOVER') AS cite_info,
        e.cameo AS cameo, e.date AS timex, e.confidence AS confidence
      FROM events e JOIN articles a ON a.seq = e.article_seq ORDER BY a.seq, e.ordinal""";

  private ExportQueries() {
  }

  /** Each exported table's name and query, in export order. */
  static Map<String, String> tables() {
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put("articles", "SELECT * EXCLUDE (seq, batch) FROM articles ORDER BY seq");
    tables.put("entities", "SELECT * FROM entities ORDER BY id");
    tables.put("entity_names", "SELECT * FROM entity_names ORDER BY entity_id, name");
    tables.put("article_entities", String.format(ARTICLE_ID, "article_entities", ", t.entity_id"));
    tables.put("mentions", String.format(ARTICLE_ID, "mentions", ", t.start, t.entity_id"));
    tables.put("quotes", String.format(ARTICLE_ID, "quotes", ", t.ordinal"));
    tables.put("events", String.format(ARTICLE_ID, "events", ", t.ordinal"));
    tables.put("times", String.format(ARTICLE_ID, "times", ", t.ordinal"));
    tables.put("gdelt_events", GDELT);
    return tables;
  }

  static String plover() {
    return PLOVER_JSON;
  }
}
