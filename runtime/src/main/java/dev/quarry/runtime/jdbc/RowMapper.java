package dev.quarry.runtime.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set: the JDBC layer's own form of the public
 * {@link dev.quarry.runtime.RowReader}, so this layer needs nothing above it.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowMapper<T> {

  /** The value of the current row. */
  T read(ResultSet rs) throws SQLException;
}
