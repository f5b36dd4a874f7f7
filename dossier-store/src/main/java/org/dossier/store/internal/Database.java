package org.dossier.store.internal;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.dossier.store.StoreSettings;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLockedException;

/**
 * The DuckDB side of a store: one connection for the single writer, a small pool of connections
 * for concurrent readers (each sees the last committed state), and the translation of
 * {@link SQLException}s into {@link StoreException}s that name the store. Thread-safe.
 */
public final class Database implements AutoCloseable {

  private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

  private final StoreFiles files;
  private final DuckDBConnection main;
  private final boolean readOnly;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

  private Database(StoreFiles files, DuckDBConnection main, boolean readOnly) {
    this.files = files;
    this.main = main;
    this.readOnly = readOnly;
  }

  /** Opens (creating it when writable and missing) the database of {@code files}. */
  public static Database open(StoreFiles files, boolean readOnly, StoreSettings settings) {
    if (readOnly && !Files.exists(files.database())) {
      throw new StoreException(files.name(), "no store here; create one with `dossier ingest`"
          + " or name an existing one with --db FILE");
    }
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + files.database(),
          properties);
      Database database = new Database(files, connection.unwrap(DuckDBConnection.class), readOnly);
      database.configure(settings);
      return database;
    } catch (SQLException e) {
      throw openFailure(files, e);
    }
  }

  private void configure(StoreSettings settings) throws SQLException {
    try (Statement statement = main.createStatement()) {
      statement.execute("SET memory_limit = '" + settings.memoryLimitMb() + "MB'");
      statement.execute("SET threads = " + settings.threads());
      statement.execute("SET preserve_insertion_order = true");
    }
  }

  private static StoreException openFailure(StoreFiles files, SQLException e) {
    String message = String.valueOf(e.getMessage());
    Matcher holder = LOCK_HOLDER.matcher(message);
    if (message.contains("Could not set lock") && holder.find()) {
      return new StoreLockedException(files.name(), "store " + files.name()
          + " is locked by another process (pid " + holder.group(1) + ")");
    }
    if (message.contains("not a valid DuckDB database file")) {
      return new StoreException(files.name(), "not a Dossier store: not a DuckDB database file", e);
    }
    return new StoreException(files.name(), "cannot open the store: " + firstLine(message), e);
  }

  public StoreFiles files() {
    return files;
  }

  public boolean readOnly() {
    return readOnly;
  }

  /** Runs {@code work} on a reader connection; it sees the last committed batch. */
  public <T> T read(SqlWork<T> work) {
    Connection connection = idle.poll();
    try {
      if (connection == null) {
        connection = main.duplicate();
        // A duplicate inherits the writer's mode; a reader in a long transaction reads the past.
        connection.setAutoCommit(true);
      }
      T result = work.run(connection);
      idle.offer(connection);
      return result;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw failure("query failed", e);
    }
  }

  /** Runs {@code work} in one transaction on the writer connection: all of it or none. */
  public synchronized <T> T transaction(SqlWork<T> work) {
    try {
      main.setAutoCommit(false);
      try {
        T result = work.run(main);
        main.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        main.rollback();
        throw e;
      } finally {
        main.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("write failed, nothing of this batch was stored", e);
    }
  }

  /** Runs {@code work} on the writer connection outside a transaction (schema, checkpoints). */
  public synchronized <T> T direct(SqlWork<T> work) {
    try {
      return work.run(main);
    } catch (SQLException e) {
      throw failure("database error", e);
    }
  }

  /** A {@link StoreException} naming this store for {@code e}. */
  public StoreException failure(String what, SQLException e) {
    return new StoreException(files.name(), what + ": " + firstLine(String.valueOf(e.getMessage())),
        e);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // A broken reader connection is dropped; the next read opens a fresh one.
    }
  }

  @Override
  public synchronized void close() {
    for (Connection c = idle.poll(); c != null; c = idle.poll()) {
      closeQuietly(c);
    }
    try {
      if (!readOnly) {
        try (Statement statement = main.createStatement()) {
          statement.execute("CHECKPOINT");
        }
      }
      main.close();
    } catch (SQLException e) {
      throw failure("could not close the store cleanly", e);
    }
  }
}
