package dev.quarry.importer;

/** A schema that cannot be imported; the message says where and why. */
public class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An import failure with its message. */
  public ImportException(String message) {
    super(message);
  }

  /** An import failure with its message and cause. */
  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
