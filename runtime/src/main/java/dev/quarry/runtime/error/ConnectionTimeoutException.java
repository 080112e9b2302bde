package dev.quarry.runtime.error;

/**
 * No connection of the pool came free in time: every connection was busy. The message names the
 * pool's size and how many were in use and waiting.
 */
public class ConnectionTimeoutException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the pool's state and what to change. */
  public ConnectionTimeoutException(String message, Throwable cause) {
    super(message, null, cause);
  }
}
