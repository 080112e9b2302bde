package dev.quarry.schema;

/** A snapshot that cannot be read: malformed JSON, or a format this version does not know. */
public class SchemaFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what to do. */
  public SchemaFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message that says what to do. */
  public SchemaFormatException(String message) {
    super(message);
  }
}
