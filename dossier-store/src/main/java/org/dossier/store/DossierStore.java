package org.dossier.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.store.internal.StoreAccess;
import org.dossier.store.internal.StoreFiles;

/**
 * A store of analyzed articles: a DuckDB database ({@code dossier.duckdb}) holding articles,
 * entities, mentions, quotes, events and time expressions, with a Lucene index beside it
 * ({@code dossier.duckdb.lucene/}) that answers search, quote and timeline queries.
 *
 * <p>Writes are idempotent and atomic per batch: an article already stored (same content id) is
 * skipped, a new version from the same origin replaces the old one, and each batch commits as
 * one database transaction followed by an index commit that records the batch it mirrors. After
 * a crash at any moment the database holds whole batches only, and opening the store brings the
 * index level with it. One process may open a store for writing; readers in other processes
 * share it when no writer holds it.
 *
 * <p>Thread-safe: any number of threads may query while one writes; readers see whole batches.
 *
 * <pre>{@code
 * try (DossierStore store = DossierStore.open(Path.of("dossier.duckdb"))) {
 *   store.write(List.of(StoreItem.of(analyzed)));
 *   store.search("nuclear", Filters.none().withSpeaker("Trump"), 10);
 * }
 * }</pre>
 */
public final class DossierStore implements AutoCloseable {

  private final StoreAccess access;

  private DossierStore(StoreAccess access) {
    this.access = access;
  }

  /** Opens the store at {@code database} for writing, creating it when missing. */
  public static DossierStore open(Path database) {
    return open(database, StoreSettings.defaults());
  }

  public static DossierStore open(Path database, StoreSettings settings) {
    return new DossierStore(StoreAccess.writable(new StoreFiles(database), settings));
  }

  /** Opens an existing store for reading only; other readers may open it at the same time. */
  public static DossierStore openReadOnly(Path database) {
    return openReadOnly(database, StoreSettings.defaults());
  }

  public static DossierStore openReadOnly(Path database, StoreSettings settings) {
    return new DossierStore(StoreAccess.readOnly(new StoreFiles(database), settings));
  }

  /** The database file. */
  public Path path() {
    return access.files().database();
  }

  /** Whether an article with this content id is stored: lets callers skip analysis. */
  public boolean contains(String articleId) {
    return access.reports().contains(Objects.requireNonNull(articleId, "articleId"));
  }

  /** The stored record of the article with this content id, as it was written. */
  public Optional<AnalyzedArticle> article(String articleId) {
    return access.reports().article(Objects.requireNonNull(articleId, "articleId"));
  }

  /** Stores a batch of articles atomically; see the class comment for what is skipped. */
  public WriteResult write(List<StoreItem> items) {
    return access.write(items);
  }

  /** Articles matching a Lucene query over title, text and quotes, and the filters. */
  public Results<SearchHit> search(String query, Filters filters, int limit) {
    return access.queries().search(query, filters, limit);
  }

  /** Quotes, newest first, by {@link Filters#speaker()}; {@code query} searches their words. */
  public Results<StoredQuote> quotes(String query, Filters filters, int limit) {
    return access.queries().quotes(query, filters, limit);
  }

  /** The dated events and quotes of {@link Filters#actor()} in date order. */
  public Results<TimelineEntry> timeline(Filters filters, int limit) {
    if (filters.actor().isEmpty()) {
      throw new IllegalArgumentException("a timeline needs an actor");
    }
    return access.queries().timeline(filters, limit);
  }

  /** Storylines: events and their articles clustered by parties and time, biggest first. */
  public List<Story> stories(StoryQuery query) {
    return access.reports().stories(query);
  }

  /** Writes every table to {@code directory} in {@code format}. */
  public ExportResult export(Path directory, ExportFormat format) {
    return access.reports().export(directory, format);
  }

  /** Rows per table. */
  public StoreStats stats() {
    return access.counts().stats();
  }

  /** Whether database and index agree. */
  public StoreCheck check() {
    return access.counts().check();
  }

  @Override
  public void close() {
    access.close();
  }

  @Override
  public String toString() {
    return "DossierStore[" + path() + "]";
  }
}
