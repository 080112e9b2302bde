package dev.quarry.runtime.error;

/**
 * A transaction could not be serialized with concurrent ones (SQLSTATE 40001) or was chosen as a
 * deadlock victim (40P01); running it again may succeed.
 */
public class SerializationFailureException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public SerializationFailureException(String message, String sqlState, Throwable cause) {
    super(message, sqlState, cause);
  }
}
