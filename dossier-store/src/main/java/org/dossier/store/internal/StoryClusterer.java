package org.dossier.store.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.store.ArticleRef;
import org.dossier.store.Story;
import org.dossier.store.StoryQuery;
import org.dossier.store.TimelineEntry;

/**
 * Clusters dated events into storylines, deterministically. Each event belongs to the unordered
 * pair of its parties — the source's and the target's country, or the entity itself when it has
 * none; an event without a target pairs its source with itself. The events of one pair, in date
 * order, form one story until a pause longer than the gap, where the next story of the pair
 * begins. A story's articles are the articles of its events. Stories are ranked by articles,
 * then events, then recency, then key; ties cannot reorder between runs.
 */
final class StoryClusterer {

  private static final String SQL = """
      WITH e AS (SELECT article_seq, ordinal, day, date, code, source_name, target_name,
          location_name, sentence, coalesce(source_country, source_id) AS ps,
          coalesce(target_country, target_id, source_country, source_id) AS pt
        FROM events WHERE day IS NOT NULL AND day >= coalesce(?::DATE, DATE '0001-01-01')
          AND day <= coalesce(?::DATE, DATE '9999-12-31') %s),
      d AS (SELECT *, least(ps, pt) AS party_a, greatest(ps, pt) AS party_b FROM e),
      g AS (SELECT *, CASE WHEN day - lag(day) OVER w > ? THEN 1 ELSE 0 END AS gap FROM d
        WINDOW w AS (PARTITION BY party_a, party_b ORDER BY day, article_seq, ordinal)),
      s AS (SELECT *, sum(gap) OVER (PARTITION BY party_a, party_b
          ORDER BY day, article_seq, ordinal ROWS UNBOUNDED PRECEDING) AS episode FROM g),
      stories AS (SELECT party_a, party_b, episode, min(day) AS first_day, max(day) AS last_day,
          count(*) AS events, count(DISTINCT article_seq) AS articles FROM s
        GROUP BY party_a, party_b, episode HAVING count(DISTINCT article_seq) >= ?
        ORDER BY articles DESC, events DESC, last_day DESC, party_a, party_b, episode LIMIT ?),
      ranked AS (SELECT *, row_number() OVER (ORDER BY articles DESC, events DESC,
          last_day DESC, party_a, party_b, episode) AS rank FROM stories),
      members AS (SELECT s.*, r.rank, row_number() OVER (PARTITION BY r.rank
          ORDER BY s.day, s.article_seq, s.ordinal) AS step FROM s JOIN ranked r
          USING (party_a, party_b, episode)),
      names AS (SELECT rank, name, count(*) AS n FROM (SELECT rank,
          unnest([source_name, target_name]) AS name FROM members) WHERE name IS NOT NULL
        GROUP BY rank, name),
      codes AS (SELECT rank, code, count(*) AS n FROM members GROUP BY rank, code)
      SELECT r.rank, r.party_a, r.party_b, coalesce(ea.name, r.party_a) AS name_a,
        coalesce(eb.name, r.party_b) AS name_b, r.first_day, r.last_day, r.events, r.articles,
        (SELECT list(name ORDER BY n DESC, name) FROM names WHERE names.rank = r.rank) AS actors,
        (SELECT list(code ORDER BY n DESC, code) FROM codes WHERE codes.rank = r.rank) AS codes,
        m.step, m.day, m.date, m.code, m.source_name, m.target_name, m.location_name,
        m.sentence, a.id, a.title, a.published, a.source, a.url
      FROM ranked r LEFT JOIN entities ea ON ea.id = r.party_a
        LEFT JOIN entities eb ON eb.id = r.party_b
        JOIN members m ON m.rank = r.rank AND m.step <= ?
        JOIN articles a ON a.seq = m.article_seq
      ORDER BY r.rank, m.step""";

  private StoryClusterer() {
  }

  static List<Story> cluster(Connection c, StoryQuery query, Optional<Set<String>> actors)
      throws SQLException {
    String actorFilter = actors.map(ids -> {
      String in = SqlLists.placeholders(Math.max(1, ids.size()));
      return "AND (source_id IN (" + in + ") OR target_id IN (" + in + "))";
    }).orElse("");
    try (PreparedStatement statement = c.prepareStatement(String.format(SQL, actorFilter))) {
      int i = 0;
      statement.setObject(++i, query.from().map(LocalDate::toString).orElse(null), Types.VARCHAR);
      statement.setObject(++i, query.to().map(LocalDate::toString).orElse(null), Types.VARCHAR);
      if (actors.isPresent()) {
        List<String> ids = actors.get().isEmpty() ? List.of("") : List.copyOf(actors.get());
        for (int round = 0; round < 2; round++) {
          for (String id : ids) {
            statement.setString(++i, id);
          }
        }
      }
      statement.setInt(++i, query.gapDays());
      statement.setInt(++i, query.minArticles());
      statement.setInt(++i, query.limit());
      statement.setInt(++i, Math.max(1, query.steps()));
      return read(statement, query.steps());
    }
  }

  private static List<Story> read(PreparedStatement statement, int steps) throws SQLException {
    Map<Long, StoryRows> stories = new LinkedHashMap<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        StoryRows story = stories.computeIfAbsent(row.getLong("rank"), r -> new StoryRows());
        if (story.first == null) {
          story.first = header(row);
        }
        if (row.getInt("step") <= steps) {
          story.timeline.add(entry(row));
        }
      }
    }
    return stories.values().stream().map(s -> new Story(s.first.id(), s.first.title(),
        s.first.from(), s.first.to(), s.first.articles(), s.first.events(), s.first.actors(),
        s.first.codes(), s.timeline)).toList();
  }

  private static Story header(ResultSet row) throws SQLException {
    LocalDate from = row.getDate("first_day").toLocalDate();
    LocalDate to = row.getDate("last_day").toLocalDate();
    List<String> codes = strings(row.getArray("codes"));
    String a = StoryTitles.party(row.getString("name_a"));
    String b = StoryTitles.party(row.getString("name_b"));
    String id = row.getString("party_a") + "~" + row.getString("party_b") + "~" + from;
    return new Story(id, StoryTitles.title(a, b, codes, from, to), from, to,
        row.getInt("articles"), row.getInt("events"),
        strings(row.getArray("actors")).stream().limit(5).toList(), codes, List.of());
  }

  private static TimelineEntry entry(ResultSet row) throws SQLException {
    ArticleRef article = new ArticleRef(row.getString("id"),
        Optional.ofNullable(row.getString("title")),
        Optional.ofNullable(row.getDate("published")).map(java.sql.Date::toLocalDate),
        row.getString("source"), Optional.ofNullable(row.getString("url")));
    return new TimelineEntry(row.getDate("day").toLocalDate(), row.getString("date"), "event",
        row.getString("code"), row.getString("source_name"),
        Optional.ofNullable(row.getString("target_name")),
        Optional.ofNullable(row.getString("location_name")), row.getString("sentence"), article);
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  /** The rows of one story as they arrive. */
  private static final class StoryRows {
    private Story first;
    private final List<TimelineEntry> timeline = new ArrayList<>();
  }
}
