package dev.quarry.runtime.error;

/**
 * A write would break a relation: a foreign key pointing at no row, or a delete of a row that
 * others still reference under {@code RESTRICT}.
 */
public class ForeignKeyException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final String relation;

  /** Creates the exception. */
  public ForeignKeyException(String message, String sqlState, Throwable cause, String model, String relation) {
    super(message, sqlState, cause);
    this.model = model;
    this.relation = relation;
  }

  /** The model holding the foreign key, or {@code null} when unknown. */
  public String model() {
    return model;
  }

  /** The relation field of that model, or {@code null} when unknown. */
  public String relation() {
    return relation;
  }
}
