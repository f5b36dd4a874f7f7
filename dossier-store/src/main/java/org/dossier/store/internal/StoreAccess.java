package org.dossier.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.dossier.store.StoreException;
import org.dossier.store.StoreItem;
import org.dossier.store.StoreLockedException;
import org.dossier.store.StoreSettings;
import org.dossier.store.WriteResult;

/**
 * An open store: its lock, database and index, and the parts that work on them. Opening for
 * writing creates a missing store and repairs an index left behind by a crash; opening for
 * reading finds an index behind its database, briefly opens the store for writing to repair it
 * when no one else holds it, and otherwise reads on (the database stays the truth).
 */
public final class StoreAccess implements AutoCloseable {

  private final StoreFiles files;
  private final StoreLock lock;
  private final Database database;
  private final SearchIndex index;

  private StoreAccess(StoreFiles files, StoreLock lock, Database database, SearchIndex index) {
    this.files = files;
    this.lock = lock;
    this.database = database;
    this.index = index;
  }

  public static StoreAccess writable(StoreFiles files, StoreSettings settings) {
    createParent(files);
    StoreLock lock = StoreLock.exclusive(files);
    Database database = null;
    SearchIndex index = null;
    try {
      database = Database.open(files, false, settings);
      database.direct(c -> {
        Schema.prepare(c, files.name());
        return null;
      });
      index = SearchIndex.openWritable(files);
      new IndexUpdater(database, index).catchUp();
      return new StoreAccess(files, lock, database, index);
    } catch (RuntimeException e) {
      closeAll(index, database, lock);
      throw e;
    }
  }

  public static StoreAccess readOnly(StoreFiles files, StoreSettings settings) {
    StoreAccess access = openReadOnly(files, settings);
    if (new IndexUpdater(access.database, access.index).current()) {
      return access;
    }
    access.close();
    try {
      writable(files, settings).close();
    } catch (StoreLockedException e) {
      // Another reader holds the store: read on with the index as it is.
    }
    return openReadOnly(files, settings);
  }

  private static StoreAccess openReadOnly(StoreFiles files, StoreSettings settings) {
    if (!Files.exists(files.database())) {
      throw new StoreException(files.name(), "no store here; create one with `dossier ingest`"
          + " or name an existing one with --db FILE");
    }
    StoreLock lock = StoreLock.shared(files);
    Database database = null;
    try {
      database = Database.open(files, true, settings);
      database.direct(c -> {
        Schema.check(c, files.name());
        return null;
      });
      return new StoreAccess(files, lock, database, SearchIndex.openReadOnly(files));
    } catch (RuntimeException e) {
      closeAll(null, database, lock);
      throw e;
    }
  }

  private static void createParent(StoreFiles files) {
    try {
      Files.createDirectories(files.database().getParent());
    } catch (IOException e) {
      throw new StoreException(files.name(), "cannot create the store's folder: " + e, e);
    }
  }

  public StoreFiles files() {
    return files;
  }

  /** Writes one batch, then brings the index level with it. */
  public synchronized WriteResult write(List<StoreItem> items) {
    if (database.readOnly()) {
      throw new StoreException(files.name(), "store is open for reading only");
    }
    WriteResult result = new BatchWriter(database).write(items, index.marker().batch());
    if (result.batch() > 0) {
      new IndexUpdater(database, index).catchUp();
    }
    return result;
  }

  public StoreQueries queries() {
    return new StoreQueries(database, index);
  }

  public StoreReports reports() {
    return new StoreReports(database);
  }

  public StoreCounts counts() {
    return new StoreCounts(database, index);
  }

  @Override
  public void close() {
    closeAll(index, database, lock);
  }

  private static void closeAll(SearchIndex index, Database database, StoreLock lock) {
    try {
      if (index != null) {
        index.close();
      }
    } finally {
      try {
        if (database != null) {
          database.close();
        }
      } finally {
        lock.close();
      }
    }
  }
}
