package org.dossier.bench.store;

import static org.dossier.bench.store.SyntheticVocabulary.sqlList;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dossier.store.DossierStore;

/**
 * Fills a store with synthetic records straight in SQL, without NLP, to measure it at scale:
 * ten events per article, three quotes, two time expressions, and the mentions and entities they
 * imply. Actors and speakers are drawn from {@link SyntheticVocabulary#people()} people with a
 * heavy-tailed (log-uniform) distribution, so a few are in many articles, as in real news;
 * articles are spread over ten years in publication order. Everything is a deterministic hash
 * of the row number, so the same size gives the same store. The search index is then built by
 * the store itself, from the database, when it is next opened.
 */
final class SyntheticStore {

  private final long articles;

  SyntheticStore(long events) {
    this.articles = Math.max(1, events / 10);
  }

  long articles() {
    return articles;
  }

  /** Creates the store at {@code db} (which must not exist) and fills its tables. */
  void generate(Path db) throws SQLException {
    DossierStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("SET preserve_insertion_order = true");
      for (String sql : statements()) {
        s.execute(sql);
      }
    }
  }

  private List<String> statements() {
    int people = SyntheticVocabulary.people();
    String words = sqlList(SyntheticVocabulary.WORDS);
    int vocabulary = SyntheticVocabulary.WORDS.size();
    String word = "%s[1 + (hash(%s) %% " + vocabulary + ")::INTEGER]";
    return List.of(
        "CREATE TEMP MACRO pick(x) AS least(" + people + ", greatest(1, floor(exp(ln(" + people
            + ") * ((hash(x) % 1000000) / 1000000.0)))))::INTEGER",
        "CREATE TEMP TABLE people AS SELECT j AS key, 'dossier:person:p' || j AS id, "
            + sqlList(SyntheticVocabulary.FIRST) + "[1 + j % " + SyntheticVocabulary.FIRST.size()
            + "] || ' ' || " + sqlList(SyntheticVocabulary.LAST) + "[1 + (j // "
            + SyntheticVocabulary.FIRST.size() + ") % " + SyntheticVocabulary.LAST.size()
            + "] AS name, " + sqlList(SyntheticVocabulary.COUNTRIES) + "[1 + (hash(j) % "
            + SyntheticVocabulary.COUNTRIES.size() + ")::INTEGER] AS country"
            + " FROM range(0, " + people + ") t(j)",
        "UPDATE people SET key = key + 1",
        "INSERT INTO articles SELECT i, sha256('synthetic-' || i), 'https://example.org/news/'"
            + " || i, 'synthetic/' || i || '.html', 'https://example.org/news/' || i,"
            + " array_to_string(list_transform(range(6), k -> " + String.format(word, words,
                "i * 7 + k") + "), ' '), DATE '2016-01-01' + (i * 3650 // " + articles
            + ")::INTEGER, NULL, 'World', 'Example News', NULL, 3, NULL, NULL, NULL, NULL,"
            + " []::VARCHAR[], 'en', array_to_string(list_transform(range(200), k -> "
            + String.format(word, words, "i * 1009 + k") + "), ' '), '1', 1,"
            + " TIMESTAMP '2026-01-01 00:00:00' FROM range(1, " + (articles + 1) + ") t(i)",
        events(words, word),
        quotes(words, word),
        "INSERT INTO article_entities SELECT x.seq, p.id, p.name, 'PERSON', p.country, NULL,"
            + " NULL, '[]', 2 FROM (SELECT DISTINCT seq, key FROM (SELECT article_seq AS seq,"
            + " CAST(substr(source_id, 17) AS INTEGER) AS key FROM events UNION ALL SELECT"
            + " article_seq, CAST(substr(target_id, 17) AS INTEGER) FROM events UNION ALL SELECT"
            + " article_seq, CAST(substr(speaker_id, 17) AS INTEGER) FROM quotes)) x"
            + " JOIN people p ON p.key = x.key ORDER BY x.seq, p.id",
        "INSERT INTO mentions SELECT ae.article_seq, ae.entity_id, pos, pos + length(ae.name),"
            + " ae.name FROM (SELECT *, (hash(article_seq * 7 + m, entity_id) % 1150)::INTEGER"
            + " AS pos FROM article_entities, range(2) r(m)) ae ORDER BY ae.article_seq, pos",
        "INSERT INTO times SELECT seq, k, 'on ' || strftime(published - k::INTEGER, '%B %d'), 'DATE',"
            + " strftime(published - k::INTEGER, '%Y-%m-%d'), NULL, 40 + k * 300, 55 + k * 300"
            + " FROM articles, range(2) r(k) ORDER BY seq, k",
        "INSERT INTO entities SELECT entity_id, any_value(name), 'PERSON',"
            + " any_value(country_code), NULL, NULL, NULL, count(*), sum(mention_count)"
            + " FROM article_entities GROUP BY entity_id",
        "INSERT INTO entity_names SELECT entity_id, name, count(*) FROM article_entities"
            + " GROUP BY entity_id, name",
        "UPDATE store_meta SET value = '1' WHERE key = 'batch'",
        "UPDATE store_meta SET value = '" + (articles + 1) + "' WHERE key = 'next_seq'",
        "CHECKPOINT");
  }

  private String events(String words, String word) {
    return "INSERT INTO events SELECT a.seq, a.k, c.code, c.cameo, NULL, c.quad, s.id, s.name,"
        + " s.country, 'GOV', t.id, t.name, t.country, NULL, NULL, t.country, NULL, NULL,"
        + " strftime(a.day, '%Y-%m-%d'), a.day, true, s.name || ' ' || c.verb || ' ' || t.name"
        + " || ' over the ' || " + String.format(word, words, "a.seq * 13 + a.k") + " || ' '"
        + " || " + String.format(word, words, "a.seq * 17 + a.k") + " || '.', a.k * 110,"
        + " a.k * 110 + 100, 0.7, NULL FROM (SELECT seq, k, pick(seq * 32 + k) AS sk,"
        + " pick(seq * 32 + k + 16) AS tk, (hash(seq * 31 + k) % 16)::INTEGER AS ci,"
        + " published - (hash(seq * 37 + k) % 3)::INTEGER AS day FROM articles, range(10) r(k)) a"
        + " JOIN people s ON s.key = a.sk JOIN people t ON t.key = a.tk JOIN (SELECT"
        + " unnest(range(16)) AS ci, unnest(" + sqlList(SyntheticVocabulary.CODES) + ") AS code,"
        + " unnest(" + sqlList(SyntheticVocabulary.CAMEOS) + ") AS cameo, unnest("
        + sqlList(SyntheticVocabulary.QUADS) + ")::TINYINT AS quad, unnest("
        + sqlList(SyntheticVocabulary.VERBS) + ") AS verb) c ON c.ci = a.ci ORDER BY a.seq, a.k";
  }

  private String quotes(String words, String word) {
    return "INSERT INTO quotes SELECT q.seq, q.k, array_to_string(list_transform(range(14),"
        + " w -> " + String.format(word, words, "q.seq * 101 + q.k * 29 + w") + "), ' '),"
        + " ['direct', 'partial', 'indirect'][1 + q.k], p.id, p.name, 0, length(p.name), p.name,"
        + " 'said', NULL, strftime(q.published, '%Y-%m-%d'), q.published, 1, 600 + q.k * 150,"
        + " 700 + q.k * 150, 0.8 FROM (SELECT seq, k, published, pick(seq * 32 + 24 + k) AS pk"
        + " FROM articles, range(3) r(k)) q JOIN people p ON p.key = q.pk ORDER BY q.seq, q.k";
  }
}
