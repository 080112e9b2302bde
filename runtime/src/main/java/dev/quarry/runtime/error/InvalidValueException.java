package dev.quarry.runtime.error;

/** A value was refused before it reached the database: a required field without a value, a text too long or a number out of range for its column. */
public class InvalidValueException extends QuarryException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the model and fields concerned. */
  public InvalidValueException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public InvalidValueException(String message, Throwable cause) {
    super(message, cause);
  }
}
