package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows bound for one table, collected in memory and written with DuckDB's appender — values,
 * never SQL text. The appender joins the connection's open transaction, so the rows commit or
 * roll back with the rest of the batch; callers must have started that transaction with a
 * statement first. Values come column by column in table order, with the Java type of the
 * column ({@code int} for INTEGER, {@code long} for BIGINT, {@code byte} for TINYINT, …);
 * empty {@link Optional}s and nulls become NULLs.
 */
final class TableRows {

  private final String table;
  private final int columns;
  private final List<Object> values = new ArrayList<>();

  TableRows(String table, int columns) {
    this.table = table;
    this.columns = columns;
  }

  TableRows value(Object value) {
    values.add(value instanceof Optional<?> o ? o.orElse(null) : value);
    return this;
  }

  /** Checks that the row just added is complete. */
  void endRow() {
    if (values.size() % columns != 0) {
      throw new IllegalStateException(table + ": row has " + (values.size() % columns)
          + " values, expected " + columns);
    }
  }

  /** Appends every collected row. */
  void insert(Connection connection) throws SQLException {
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
      for (int row = 0; row < values.size(); row += columns) {
        appender.beginRow();
        for (int column = 0; column < columns; column++) {
          append(appender, values.get(row + column));
        }
        appender.endRow();
      }
      appender.flush();
    }
    values.clear();
  }

  private void append(DuckDBAppender appender, Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof String s) {
      appender.append(s);
    } else if (value instanceof Long l) {
      appender.append(l.longValue());
    } else if (value instanceof Integer i) {
      appender.append(i.intValue());
    } else if (value instanceof Byte b) {
      appender.append(b.byteValue());
    } else if (value instanceof Double d) {
      appender.append(d.doubleValue());
    } else if (value instanceof Boolean b) {
      appender.append(b.booleanValue());
    } else if (value instanceof LocalDate d) {
      appender.append(d);
    } else if (value instanceof LocalDateTime t) {
      appender.append(t);
    } else if (value instanceof Collection<?> c) {
      appender.append(c);
    } else {
      throw new IllegalArgumentException(table + ": cannot append " + value.getClass());
    }
  }
}
