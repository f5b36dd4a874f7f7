package org.dossier.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** Binds parameters in order, turning empty values into SQL NULLs. */
final class Params {

  private final PreparedStatement statement;
  private int index;

  Params(PreparedStatement statement) {
    this.statement = statement;
  }

  Params text(String value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.VARCHAR);
    } else {
      statement.setString(++index, value);
    }
    return this;
  }

  Params text(Optional<?> value) throws SQLException {
    return text(value.map(Object::toString).orElse(null));
  }

  Params number(long value) throws SQLException {
    statement.setLong(++index, value);
    return this;
  }

  Params number(Optional<? extends Number> value) throws SQLException {
    if (value.isEmpty()) {
      statement.setNull(++index, Types.BIGINT);
    } else {
      statement.setLong(++index, value.get().longValue());
    }
    return this;
  }

  Params decimal(double value) throws SQLException {
    statement.setDouble(++index, value);
    return this;
  }

  Params decimal(Optional<Double> value) throws SQLException {
    if (value.isEmpty()) {
      statement.setNull(++index, Types.DOUBLE);
    } else {
      statement.setDouble(++index, value.get());
    }
    return this;
  }

  Params flag(boolean value) throws SQLException {
    statement.setBoolean(++index, value);
    return this;
  }

  void add() throws SQLException {
    statement.addBatch();
    index = 0;
  }
}
