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

  /**
   * A value PostgreSQL found out of range without saying for which column (an arithmetic update's
   * result): {@code reason} is the server's own words, for whoever knows the fields to name them.
   */
  public static InvalidValueException outOfRange(String reason, Throwable cause) {
    return new OutOfRange(reason, cause);
  }

  /** The server's reason when the value's field is not known here, else {@code null}. */
  public String unplacedReason() {
    return this instanceof OutOfRange unplaced ? unplaced.reason : null;
  }

  private static final class OutOfRange extends InvalidValueException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    OutOfRange(String reason, Throwable cause) {
      super("A value is out of range: " + reason, cause);
      this.reason = reason;
    }
  }
}
