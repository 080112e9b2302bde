package dev.quarry.runtime.transaction;

/**
 * Transactions a framework manages outside Quarry (Spring's {@code @Transactional}, say), which
 * Quarry's calls take part in. While {@link #active()} is true on a thread, the data source hands
 * that thread the transaction's connection; Quarry then runs its statements on it without
 * committing, rolling back or retrying, and {@code transaction(...)} joins it (or, when asked,
 * uses a savepoint). The framework decides how the transaction ends.
 */
@FunctionalInterface
public interface ExternalTransactions {

  /** None: Quarry's own transactions only. */
  ExternalTransactions NONE = () -> false;

  /** Whether the current thread runs inside a transaction managed elsewhere. */
  boolean active();
}
