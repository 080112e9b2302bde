package dev.quarry.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowReader<T> {

  /** The value of the current row. */
  T read(ResultSet rs) throws SQLException;
}
