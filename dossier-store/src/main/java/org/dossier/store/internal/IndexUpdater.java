package org.dossier.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the search index level with the database. The database commits each batch first and
 * records its {@link IndexMarker}; the index then commits the same marker. After a crash between
 * the two, the index is behind: the updater deletes the documents of articles the database has
 * since removed (logged in {@code removed_articles}), re-adds every article numbered from the
 * index's {@code next_seq} on, and commits the database's marker. An index that is missing,
 * corrupt or ahead of the database is rebuilt from scratch. Each step is idempotent, so a crash
 * during catch-up is repaired by the next one.
 */
public final class IndexUpdater {

  /**
   * Articles read from the database per query while catching up: the joins behind one article's
   * documents fan out to its mentions, and over a whole large store they outgrow the database's
   * memory limit.
   */
  static final int ARTICLES_PER_READ = 20_000;

  private final Database database;
  private final SearchIndex index;
  private final int articlesPerRead;

  public IndexUpdater(Database database, SearchIndex index) {
    this(database, index, ARTICLES_PER_READ);
  }

  IndexUpdater(Database database, SearchIndex index, int articlesPerRead) {
    this.database = database;
    this.index = index;
    this.articlesPerRead = articlesPerRead;
  }

  /** True when the index mirrors the database's last batch. */
  public boolean current() {
    return index.marker().equals(database.read(Meta::position));
  }

  /** Catches the index up with the database; returns how many articles were (re)indexed. */
  public long catchUp() {
    IndexMarker indexed = index.marker();
    IndexMarker target = database.read(Meta::position);
    if (indexed.equals(target)) {
      return 0;
    }
    boolean rebuild = indexed.batch() < 0 || indexed.batch() > target.batch()
        || indexed.nextSeq() > target.nextSeq();
    long from = rebuild ? 0 : indexed.nextSeq();
    if (rebuild) {
      index.deleteAll();
    } else {
      index.deleteArticles(removedSince(indexed.batch()));
      index.deleteArticleRange(from, target.nextSeq());
    }
    for (long start = from; start < target.nextSeq(); start += articlesPerRead) {
      long first = start;
      long end = Math.min(start + articlesPerRead, target.nextSeq());
      database.read(c -> {
        IndexDocuments.forRange(c, first, end, index::add);
        return null;
      });
    }
    index.commit(target);
    return target.nextSeq() - from;
  }

  private List<Long> removedSince(long batch) {
    return database.read(c -> {
      List<Long> seqs = new ArrayList<>();
      try (PreparedStatement statement = c.prepareStatement(
          "SELECT article_seq FROM removed_articles WHERE batch > ?")) {
        statement.setLong(1, batch);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            seqs.add(rows.getLong(1));
          }
        }
      }
      return seqs;
    });
  }
}
