package dev.quarry.runtime.transaction;

import java.sql.Connection;

/** Transaction isolation levels, as PostgreSQL implements them. */
public enum IsolationLevel {
  /** Each statement sees data committed before it began (PostgreSQL's default). */
  READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
  /** The transaction sees one snapshot throughout. */
  REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
  /** As if transactions ran one after another; may fail with a serialization failure. */
  SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

  private final int jdbcLevel;

  IsolationLevel(int jdbcLevel) {
    this.jdbcLevel = jdbcLevel;
  }

  /** The JDBC constant. */
  public int jdbcLevel() {
    return jdbcLevel;
  }

  /** The level as PostgreSQL's {@code SET TRANSACTION ISOLATION LEVEL} names it, such as {@code repeatable read}. */
  public String sql() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
