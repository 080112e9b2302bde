package dev.quarry.runtime.error;

/**
 * The database refused a statement. Subclasses name the common cases; {@link #sqlState()} is
 * PostgreSQL's code for every case.
 */
public class DatabaseException extends QuarryException {

  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /** Creates the exception; the message says what was refused and, when known, for which model. */
  public DatabaseException(String message, String sqlState, Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  /** The five-character SQLSTATE, or {@code null} when the driver gave none. */
  public String sqlState() {
    return sqlState;
  }
}
