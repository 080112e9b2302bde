package dev.quarry.runtime.error;

import java.time.Duration;

/**
 * A statement the server cancelled for running past its time limit (SQLSTATE 57014): a
 * transaction's {@code withTimeout}, or the server's own {@code statement_timeout}. The
 * transaction it ran in is rolled back.
 */
public class QueryTimeoutException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  private final transient Duration limit;

  /** Creates the exception; {@code limit} is the limit that was passed, or {@code null} when it is the server's. */
  public QueryTimeoutException(String message, String sqlState, Throwable cause, Duration limit) {
    super(message, sqlState, cause);
    this.limit = limit;
  }

  /** The limit that was passed, or {@code null} when it is the server's own setting. */
  public Duration limit() {
    return limit;
  }
}
