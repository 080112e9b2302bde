package dev.quarry.runtime.error;

/** The root of every exception the Quarry runtime throws; unchecked. */
public class QuarryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what happened and what to do. */
  public QuarryException(String message) {
    super(message);
  }

  /** An exception with a message and its cause. */
  public QuarryException(String message, Throwable cause) {
    super(message, cause);
  }
}
