package dev.quarry.runtime.error;

/** A required column would be left without a value. */
public class NotNullException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public NotNullException(String message, String sqlState, Throwable cause) {
    super(message, sqlState, cause);
  }
}
