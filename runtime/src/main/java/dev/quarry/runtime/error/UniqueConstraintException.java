package dev.quarry.runtime.error;

/** A create, update or upsert would repeat a value that must be unique. */
public class UniqueConstraintException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final java.util.List<String> fields;

  /** Creates the exception. */
  public UniqueConstraintException(String message, String sqlState, Throwable cause, String model, java.util.List<String> fields) {
    super(message, sqlState, cause);
    this.model = model;
    this.fields = fields == null ? java.util.List.of() : java.util.List.copyOf(fields);
  }

  /** The model whose unique was violated, or {@code null} when unknown. */
  public String model() {
    return model;
  }

  /** The fields of the violated unique, in key order; empty when unknown. */
  public java.util.List<String> fields() {
    return fields;
  }
}
