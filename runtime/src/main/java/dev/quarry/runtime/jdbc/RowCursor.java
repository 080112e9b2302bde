package dev.quarry.runtime.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The rows of one query read as they are consumed: the driver fetches them a batch at a time from
 * a server-side cursor, so memory holds one batch whatever the result's size. Closing it closes
 * the statement and, when the cursor had a connection of its own, ends its read-only transaction
 * and returns the connection.
 */
final class RowCursor<T> extends Spliterators.AbstractSpliterator<T> implements AutoCloseable {

  /** What a cursor that owns its connection does with it when closed. */
  interface Release {
    void release() throws SQLException;
  }

  private final PreparedStatement statement;
  private final ResultSet rows;
  private final RowMapper<T> reader;
  private final Release release;
  private final ErrorTranslator errors;
  /** Told how many rows were read, when the cursor closes. */
  private final LongConsumer onFinish;
  private boolean closed;
  private long read;

  private RowCursor(PreparedStatement statement, ResultSet rows, RowMapper<T> reader, Release release, ErrorTranslator errors,
      LongConsumer onFinish) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.statement = statement;
    this.rows = rows;
    this.reader = reader;
    this.release = release;
    this.errors = errors;
    this.onFinish = onFinish;
  }

  /** Opens the cursor: the statement must already have its values bound. */
  static <T> RowCursor<T> open(PreparedStatement statement, int fetchSize, RowMapper<T> reader, Release release,
      ErrorTranslator errors, LongConsumer onFinish) throws SQLException {
    statement.setFetchSize(fetchSize);
    return new RowCursor<>(statement, statement.executeQuery(), reader, release, errors, onFinish);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (closed) {
      return false;
    }
    try {
      if (!rows.next()) {
        close();
        return false;
      }
      read++;
      action.accept(reader.read(rows));
      return true;
    } catch (SQLException e) {
      close();
      throw errors.translate(e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (statement; rows) {
      onFinish.accept(read);
    } catch (SQLException e) {
      // The statement is done with; what matters is that the connection goes back below.
    } finally {
      try {
        release.release();
      } catch (SQLException e) {
        throw errors.translate(e);
      }
    }
  }
}
