package dev.quarry.runtime.transaction;

/**
 * How a transaction runs.
 *
 * @param isolation the isolation level, or {@code null} for the connection's default
 * @param retries how many times to run the whole transaction again after a serialization failure
 *     or deadlock (SQLSTATE 40001, 40P01); 0 to never retry
 * @param savepoint when called inside another transaction: {@code true} to roll back only this
 *     block on failure (a savepoint), {@code false} to join the outer transaction
 */
public record TransactionOptions(IsolationLevel isolation, int retries, boolean savepoint) {

  /** The defaults: the connection's isolation, no retry, nested calls join the outer transaction. */
  public static TransactionOptions defaults() {
    return new TransactionOptions(null, 0, false);
  }

  /** With this isolation level. */
  public TransactionOptions withIsolation(IsolationLevel level) {
    return new TransactionOptions(level, retries, savepoint);
  }

  /** Retrying serialization failures up to {@code times} times. */
  public TransactionOptions withRetries(int times) {
    if (times < 0) {
      throw new IllegalArgumentException("retries must be zero or more, not " + times);
    }
    return new TransactionOptions(isolation, times, savepoint);
  }

  /** Nested inside another transaction, as a savepoint. */
  public TransactionOptions asSavepoint() {
    return new TransactionOptions(isolation, retries, true);
  }
}
