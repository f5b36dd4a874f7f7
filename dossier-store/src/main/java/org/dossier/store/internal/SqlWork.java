package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on a database connection that may fail with an {@link SQLException}. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
