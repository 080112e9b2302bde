package dev.quarry.runtime.error;

/**
 * A row a CHECK constraint refused (SQLSTATE 23514). The message names the check and the model,
 * never the row's values.
 */
public class CheckConstraintException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final String check;

  /** Creates the exception. */
  public CheckConstraintException(String message, String sqlState, Throwable cause, String model, String check) {
    super(message, sqlState, cause);
    this.model = model;
    this.check = check;
  }

  /** The model whose table holds the check, or {@code null} when unknown. */
  public String model() {
    return model;
  }

  /** The check constraint's name. */
  public String check() {
    return check;
  }
}
