package dev.quarry.runtime.transaction;

/**
 * The work of a transaction that receives the client to use inside it.
 *
 * @param <C> the client type
 * @param <T> the result
 */
@FunctionalInterface
public interface TransactionBody<C, T> {

  /** Runs inside the transaction; any exception rolls it back. */
  T run(C client) throws Exception;
}
