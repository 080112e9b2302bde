package dev.quarry.runtime.error;

/** The record a query needed does not exist: an {@code ...OrThrow} lookup, or the target of an update or delete. */
public class RecordNotFoundException extends QuarryException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the model and fields concerned. */
  public RecordNotFoundException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public RecordNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
