package dev.quarry.runtime.error;

/**
 * The connection broke while a statement ran or just before: the server ended the session
 * (restart, failover, {@code pg_terminate_backend}), the network failed, or the socket timed out.
 * A statement the server provably never ran to the end, and any read, is retried once on a fresh
 * connection outside a transaction before this is thrown; otherwise the message says whether the
 * statement may have been applied.
 */
public class ConnectionLostException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message says what broke and what to do. */
  public ConnectionLostException(String message, String sqlState, Throwable cause) {
    super(message, sqlState, cause);
  }
}
