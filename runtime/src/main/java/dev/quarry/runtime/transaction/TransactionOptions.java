package dev.quarry.runtime.transaction;

import java.time.Duration;

/**
 * How a transaction runs.
 *
 * @param isolation the isolation level, or {@code null} for the connection's default
 * @param retries how many times to run the whole transaction again after a serialization failure
 *     or deadlock (SQLSTATE 40001, 40P01); 0 to never retry
 * @param savepoint when called inside another transaction: {@code true} to roll back only this
 *     block on failure (a savepoint), {@code false} to join the outer transaction
 * @param timeout how long any one statement of the transaction may run ({@code statement_timeout}
 *     for the transaction alone), or {@code null} for the server's setting
 * @param timeLimit how long the whole transaction may take, or {@code null} for no limit
 */
public record TransactionOptions(IsolationLevel isolation, int retries, boolean savepoint, Duration timeout, Duration timeLimit) {

  /** The defaults: the connection's isolation, no retry, nested calls join the outer transaction. */
  public static TransactionOptions defaults() {
    return new TransactionOptions(null, 0, false, null, null);
  }

  /** With this isolation level. */
  public TransactionOptions withIsolation(IsolationLevel level) {
    return new TransactionOptions(level, retries, savepoint, timeout, timeLimit);
  }

  /** Retrying serialization failures up to {@code times} times. */
  public TransactionOptions withRetries(int times) {
    if (times < 0) {
      throw new IllegalArgumentException("retries must be zero or more, not " + times);
    }
    return new TransactionOptions(isolation, times, savepoint, timeout, timeLimit);
  }

  /** Nested inside another transaction, as a savepoint. */
  public TransactionOptions asSavepoint() {
    return new TransactionOptions(isolation, retries, true, timeout, timeLimit);
  }

  /**
   * Cancelling any statement of the transaction that runs longer than {@code limit}
   * ({@code statement_timeout} for this transaction only): the statement fails with a
   * {@link dev.quarry.runtime.error.QueryTimeoutException} naming the limit, and the transaction
   * is rolled back. Applies to the outermost transaction; a nested one runs under its limit, and
   * one that joins a transaction managed elsewhere (Spring's) under that manager's timeout.
   */
  public TransactionOptions withTimeout(Duration limit) {
    return new TransactionOptions(isolation, retries, savepoint, atLeastAMillisecond(limit), timeLimit);
  }

  /**
   * Giving the whole transaction at most {@code limit} (Prisma's transaction {@code timeout}): when
   * it passes, the statement running is cancelled, and any later statement or the commit fails;
   * the transaction is rolled back with a {@link dev.quarry.runtime.error.QueryTimeoutException}
   * naming the limit. Applies to the outermost transaction, including the time its body spends
   * outside the database.
   */
  public TransactionOptions withTimeLimit(Duration limit) {
    return new TransactionOptions(isolation, retries, savepoint, timeout, atLeastAMillisecond(limit));
  }

  private static Duration atLeastAMillisecond(Duration limit) {
    if (limit == null || limit.isNegative() || limit.toMillis() == 0) {
      throw new IllegalArgumentException("a time limit must be at least a millisecond, not " + limit);
    }
    return limit;
  }
}
