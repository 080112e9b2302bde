package dev.quarry.runtime.error;

/** A value was refused before it reached the database: a required field without a value, a text too long or a number out of range for its column. */
public class InvalidValueException extends QuarryException {

  private static final long serialVersionUID = 1L;

  /** The server's reason for a value out of range it could not place in a column, else {@code null}. */
  private final String unplacedReason;

  /** Creates the exception; the message names the model and fields concerned. */
  public InvalidValueException(String message) {
    this(message, null, null);
  }

  /** Creates the exception with its cause. */
  public InvalidValueException(String message, Throwable cause) {
    this(message, cause, null);
  }

  private InvalidValueException(String message, Throwable cause, String unplacedReason) {
    super(message, cause);
    this.unplacedReason = unplacedReason;
  }

  /**
   * A value PostgreSQL found out of range without saying for which column (an arithmetic update's
   * result): {@code reason} is the server's own words, for whoever knows the fields to name them.
   */
  public static InvalidValueException outOfRange(String reason, Throwable cause) {
    return new InvalidValueException("A value is out of range: " + reason, cause, reason);
  }

  /** The server's reason when the value's field is not known here, else {@code null}. */
  public String unplacedReason() {
    return unplacedReason;
  }
}
