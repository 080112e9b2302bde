package dev.quarry.runtime.error;

/**
 * No connection to the database could be opened: the server is down or unreachable, refused the
 * user or password, or has no such database. The message says which, and what to check.
 */
public class ConnectionFailedException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the server and what to check. */
  public ConnectionFailedException(String message, String sqlState, Throwable cause) {
    super(message, sqlState, cause);
  }
}
